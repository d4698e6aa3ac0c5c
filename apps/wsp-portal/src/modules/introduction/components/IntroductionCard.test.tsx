import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { buildIntroduction } from '../../../test-builders.js';
import { todayIso } from '../../common/dates.js';
import { ChangeIntroductionStatusMutation, IntroductionCard } from './IntroductionCard.js';

type Introduction = ReturnType<typeof buildIntroduction>;

function renderCard(introduction: Introduction, mocks: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <IntroductionCard introduction={introduction as never} subject="jobSeeker" />
      </MemoryRouter>
    </MockedProvider>,
  );
  return userEvent.setup();
}

function changeMock(
  introduction: Introduction,
  variables: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return {
    request: {
      query: ChangeIntroductionStatusMutation,
      variables: { id: introduction.id, note: null, endReason: null, consent: null, ...variables },
    },
    result,
  };
}

function step(status: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'IntroductionStatusChange',
    changedAt: '2026-11-03T09:00:00.000Z',
    fromStatus: 'PROPOSED',
    toStatus: status,
    note: null,
    endReason: null,
    changedBy: { __typename: 'IntroductionActor', displayName: 'Sanne Vermeulen' },
    ...extra,
  };
}

describe(IntroductionCard.name, () => {
  it('shows who, the stage, the last change and the history with who changed it and why', () => {
    renderCard(buildIntroduction());

    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Fatma Yilmaz');
    expect(screen.getByText(/^Fase:/)).toHaveTextContent('Fase: Shortlist · matchscore 78');
    expect(screen.getByText(/^Laatste wijziging:/)).toHaveTextContent(
      'Laatste wijziging: 2 november 2026 om 10:15 door Sanne Vermeulen',
    );
    expect(screen.getByRole('listitem')).toHaveTextContent(
      '2 november 2026 om 10:15: Voorgedragen (door Sanne Vermeulen). Toelichting: Past goed bij het groenwerk.',
    );
  });

  it("shows the employer's own request with its message and proposed dates", () => {
    renderCard(
      buildIntroduction({
        requestedByEmployer: true,
        employerMessage: 'Graag kennismaken in de kas.',
        proposedDates: ['2026-12-01', '2026-12-03'],
      }),
    );

    expect(screen.getByText(/^Aangevraagd door de werkgever/)).toHaveTextContent(
      'Aangevraagd door de werkgever; voorgestelde data: 1 december 2026, 3 december 2026. Bericht van de werkgever: Graag kennismaken in de kas.',
    );
  });

  it('says nothing of an employer request when staff put the person forward', () => {
    renderCard(buildIntroduction());

    expect(screen.queryByText(/Aangevraagd door de werkgever/)).not.toBeInTheDocument();
  });

  it('offers every next step as a button, and moves on with a note', async () => {
    const introduction = buildIntroduction();
    const moved = {
      ...introduction,
      status: 'CONSENT_REQUESTED',
      nextStatuses: ['CONSENTED', 'DECLINED', 'WITHDRAWN'],
      history: [...introduction.history, step('CONSENT_REQUESTED', { note: 'Gebeld op maandag.' })],
    };
    const user = renderCard(introduction, [
      changeMock(
        introduction,
        { status: 'CONSENT_REQUESTED', note: 'Gebeld op maandag.' },
        { data: { changeIntroductionStatus: moved } },
      ),
    ]);
    expect(screen.getByRole('button', { name: 'Beëindigen: Fatma Yilmaz' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Toestemming vragen: Fatma Yilmaz' }));
    expect(screen.getByRole('heading', { name: 'Toestemming vragen: Fatma Yilmaz' })).toHaveFocus();
    await user.type(screen.getByLabelText('Toelichting (niet verplicht)'), 'Gebeld op maandag.');
    await user.click(screen.getByRole('button', { name: 'Toestemming vragen' }));

    expect(
      await screen.findByText('Toestemming vragen: Fatma Yilmaz: gelukt.'),
    ).toBeInTheDocument();
  });

  it('records the consent to this introduction: date, how and expiry', async () => {
    const introduction = buildIntroduction({
      status: 'CONSENT_REQUESTED',
      nextStatuses: ['CONSENTED', 'DECLINED', 'WITHDRAWN'],
    });
    const consented = {
      ...introduction,
      status: 'CONSENTED',
      nextStatuses: ['INTRODUCED', 'WITHDRAWN'],
      consent: {
        __typename: 'IntroductionConsent',
        givenOn: todayIso(),
        method: 'PHONE',
        expiresOn: '2099-01-01',
        expired: false,
      },
      history: [...introduction.history, step('CONSENTED')],
    };
    const user = renderCard(introduction, [
      changeMock(
        introduction,
        {
          status: 'CONSENTED',
          consent: { givenOn: todayIso(), method: 'PHONE', expiresOn: '2099-01-01' },
        },
        { data: { changeIntroductionStatus: consented } },
      ),
    ]);

    await user.click(screen.getByRole('button', { name: 'Toestemming vastleggen: Fatma Yilmaz' }));
    expect(screen.getByLabelText('Datum toestemming')).toHaveValue(todayIso());
    // Without how it was given, the form asks first.
    await user.click(screen.getByRole('button', { name: 'Toestemming vastleggen' }));
    expect(screen.getByRole('group', { name: 'Hoe gegeven' })).toHaveAccessibleDescription(
      'Kies hoe de toestemming is gegeven.',
    );
    await user.click(screen.getByRole('radio', { name: 'Telefonisch' }));
    await user.type(screen.getByLabelText('Verloopt op (niet verplicht)'), '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Toestemming vastleggen' }));

    expect(
      await screen.findByText('Toestemming vastleggen: Fatma Yilmaz: gelukt.'),
    ).toBeInTheDocument();
  });

  it('shows the consent given and whether it expired', () => {
    renderCard(
      buildIntroduction({
        status: 'CONSENTED',
        nextStatuses: ['INTRODUCED', 'WITHDRAWN'],
        consent: {
          __typename: 'IntroductionConsent',
          givenOn: '2026-11-03',
          method: 'IN_WRITING',
          expiresOn: '2026-11-10',
          expired: true,
        },
      }),
    );

    expect(screen.getByText(/^Fase:/)).toHaveTextContent('Fase: Toestemming gegeven');
    expect(
      screen.getByText(
        'Toestemming gegeven op 3 november 2026 (schriftelijk), verlopen op 10 november 2026.',
      ),
    ).toBeInTheDocument();
  });

  it('asks for the reason when ending, and shows it in the history', async () => {
    const introduction = buildIntroduction();
    const ended = {
      ...introduction,
      status: 'WITHDRAWN',
      nextStatuses: [],
      endReason: 'NOT_SUITABLE',
      history: [
        ...introduction.history,
        step('WITHDRAWN', { endReason: 'NOT_SUITABLE', note: 'Te zwaar werk.' }),
      ],
    };
    const user = renderCard(introduction, [
      changeMock(
        introduction,
        { status: 'WITHDRAWN', endReason: 'NOT_SUITABLE', note: 'Te zwaar werk.' },
        { data: { changeIntroductionStatus: ended } },
      ),
    ]);

    await user.click(screen.getByRole('button', { name: 'Beëindigen: Fatma Yilmaz' }));
    await user.click(screen.getByRole('button', { name: 'Beëindigen' }));
    expect(screen.getByLabelText('Reden')).toHaveAccessibleDescription(
      'Kies waarom de introductie stopt.',
    );
    await user.selectOptions(screen.getByLabelText('Reden'), 'Niet passend');
    await user.type(
      screen.getByLabelText('Waarom (toelichting, niet verplicht)'),
      'Te zwaar werk.',
    );
    await user.click(screen.getByRole('button', { name: 'Beëindigen' }));

    expect(await screen.findByText('Beëindigen: Fatma Yilmaz: gelukt.')).toBeInTheDocument();
  });

  it('offers only the reasons that fit the step', async () => {
    const user = renderCard(
      buildIntroduction({
        status: 'CONSENT_REQUESTED',
        nextStatuses: ['CONSENTED', 'DECLINED', 'WITHDRAWN'],
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Weigering vastleggen: Fatma Yilmaz' }));

    expect(
      within(screen.getByLabelText('Reden'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kies een reden', 'Afgewezen door de inwoner', 'Een andere reden']);
  });

  it('keeps what was typed and shows the API’s message at the field when refused', async () => {
    const introduction = buildIntroduction();
    const refusal = new GraphQLError('De invoer is niet geldig.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'endReason', message: '"Vacature al vervuld" past niet bij deze stap.' }],
      },
    });
    const user = renderCard(introduction, [
      changeMock(
        introduction,
        { status: 'WITHDRAWN', endReason: 'VACANCY_FILLED', note: 'Vol.' },
        { errors: [refusal.toJSON()] },
      ),
    ]);

    await user.click(screen.getByRole('button', { name: 'Beëindigen: Fatma Yilmaz' }));
    await user.selectOptions(screen.getByLabelText('Reden'), 'Vacature al vervuld');
    await user.type(screen.getByLabelText('Waarom (toelichting, niet verplicht)'), 'Vol.');
    await user.click(screen.getByRole('button', { name: 'Beëindigen' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Reden')).toHaveAccessibleDescription(
        '"Vacature al vervuld" past niet bij deze stap.',
      ),
    );
    expect(screen.getByLabelText('Reden')).toHaveValue('VACANCY_FILLED');
    expect(screen.getByLabelText('Waarom (toelichting, niet verplicht)')).toHaveValue('Vol.');
  });

  it('places someone by registering the placement, not by a status alone', () => {
    const introduction = buildIntroduction({
      status: 'TRIAL_PLACEMENT',
      nextStatuses: ['PLACED', 'REJECTED', 'WITHDRAWN'],
    });
    renderCard(introduction);

    expect(
      screen.getByRole('link', { name: 'Plaatsing registreren: Fatma Yilmaz' }),
    ).toHaveAttribute('href', `/plaatsingen/nieuw?introductie=${introduction.id}`);
    expect(
      screen.getByRole('button', { name: 'Afwijzing vastleggen: Fatma Yilmaz' }),
    ).toBeInTheDocument();
  });

  it('offers no next step when the introduction ended', () => {
    renderCard(buildIntroduction({ status: 'PLACED', nextStatuses: [] }));

    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
