import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { buildIntroduction } from '../../../test-builders.js';
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
  variables: { status: string; note: string | null },
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return {
    request: {
      query: ChangeIntroductionStatusMutation,
      variables: { id: introduction.id, ...variables },
    },
    result,
  };
}

describe(IntroductionCard.name, () => {
  it('shows who, the status and the history with who changed it and why', () => {
    renderCard(buildIntroduction());

    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Fatma Yilmaz');
    expect(screen.getByText(/^Status:/)).toHaveTextContent('Status: Voorgedragen · matchscore 78');
    expect(screen.getByRole('listitem')).toHaveTextContent(
      '2 november 2026 om 10:15: Voorgedragen (door Sanne Vermeulen). Toelichting: Past goed bij het groenwerk.',
    );
  });

  it('moves the introduction on with a note', async () => {
    const introduction = buildIntroduction();
    const moved = {
      ...introduction,
      status: 'CONSENT_REQUESTED',
      nextStatuses: ['CONSENTED', 'DECLINED', 'WITHDRAWN'],
      history: [
        ...introduction.history,
        {
          __typename: 'IntroductionStatusChange',
          changedAt: '2026-11-03T09:00:00.000Z',
          fromStatus: 'PROPOSED',
          toStatus: 'CONSENT_REQUESTED',
          note: 'Gebeld op maandag.',
          changedBy: { __typename: 'IntroductionActor', displayName: 'Sanne Vermeulen' },
        },
      ],
    };
    const user = renderCard(introduction, [
      changeMock(
        introduction,
        { status: 'CONSENT_REQUESTED', note: 'Gebeld op maandag.' },
        { data: { changeIntroductionStatus: moved } },
      ),
    ]);

    await user.click(screen.getByRole('radio', { name: 'Toestemming gevraagd' }));
    await user.type(screen.getByLabelText('Toelichting (niet verplicht)'), 'Gebeld op maandag.');
    await user.click(screen.getByRole('button', { name: 'Status wijzigen' }));

    expect(await screen.findByText('De status is nu: Toestemming gevraagd.')).toBeInTheDocument();
    expect(screen.getByLabelText('Toelichting (niet verplicht)')).toHaveValue('');
  });

  it('asks for a choice before sending', async () => {
    const user = renderCard(buildIntroduction());

    await user.click(screen.getByRole('button', { name: 'Status wijzigen' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Kies de nieuwe status.');
  });

  it('keeps the choice and the note when the API refuses', async () => {
    const introduction = buildIntroduction();
    const refusal = new GraphQLError('Deze stap in de introductie mag u niet zetten.', {
      extensions: { code: 'FORBIDDEN' },
    });
    const user = renderCard(introduction, [
      changeMock(
        introduction,
        { status: 'WITHDRAWN', note: 'Past toch niet.' },
        { errors: [refusal.toJSON()] },
      ),
    ]);

    await user.click(screen.getByRole('radio', { name: 'Ingetrokken' }));
    await user.type(screen.getByLabelText('Toelichting (niet verplicht)'), 'Past toch niet.');
    await user.click(screen.getByRole('button', { name: 'Status wijzigen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze stap in de introductie mag u niet zetten.',
    );
    expect(screen.getByRole('radio', { name: 'Ingetrokken' })).toBeChecked();
    expect(screen.getByLabelText('Toelichting (niet verplicht)')).toHaveValue('Past toch niet.');
  });

  it('places someone by registering the placement, not by a status alone', () => {
    const introduction = buildIntroduction({
      status: 'TRIAL_PLACEMENT',
      nextStatuses: ['PLACED', 'REJECTED', 'WITHDRAWN'],
    });
    renderCard(introduction);

    expect(screen.getByRole('link', { name: 'Plaatsing registreren' })).toHaveAttribute(
      'href',
      `/plaatsingen/nieuw?introductie=${introduction.id}`,
    );
    const choices = within(screen.getByRole('group', { name: 'Volgende stap' }));
    expect(choices.queryByRole('radio', { name: 'Geplaatst' })).not.toBeInTheDocument();
    expect(choices.getByRole('radio', { name: 'Afgewezen' })).toBeInTheDocument();
  });

  it('offers no next step when the introduction ended', () => {
    renderCard(buildIntroduction({ status: 'PLACED', nextStatuses: [] }));

    expect(screen.queryByRole('button', { name: 'Status wijzigen' })).not.toBeInTheDocument();
  });
});
