import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { buildConsentChange, buildJobSeeker } from '../../../test-builders.js';
import { ConsentPanel, RecordJobSeekerConsentMutation } from './ConsentPanel.js';

const TODAY = '2026-11-23';

const notAsked = (overrides: Record<string, unknown> = {}) =>
  buildJobSeeker({
    consentStatus: 'NOT_ASKED',
    consentUpdatedAt: null,
    consentEffectiveOn: null,
    consentMethod: null,
    consentExpiresOn: null,
    consentRecordedBy: null,
    ...overrides,
  });

function renderPanel(
  overrides: Record<string, unknown> = {},
  {
    mocks = [] as MockLink.MockedResponse[],
    canRecord = true,
    jobSeeker = notAsked(overrides),
  } = {},
) {
  render(
    <MockedProvider mocks={mocks}>
      <ConsentPanel jobSeeker={jobSeeker as never} canRecord={canRecord} today={TODAY} />
    </MockedProvider>,
  );
  return { jobSeeker, user: userEvent.setup() };
}

describe(ConsentPanel.name, () => {
  it('suggests today and an expiry a year later, moving the expiry with the date', async () => {
    const { user } = renderPanel();

    await user.click(screen.getByRole('button', { name: 'Toestemming vastleggen' }));
    const given = screen.getByLabelText(/^Datum waarop de inwoner toestemming gaf/);
    expect(given).toHaveValue(TODAY);
    expect(screen.getByLabelText(/^Geldig tot/)).toHaveValue('2027-11-23');
    await user.clear(given);
    await user.type(given, '2026-11-01');
    expect(screen.getByLabelText(/^Geldig tot/)).toHaveValue('2027-11-01');
  });

  it('checks the fields first, shows each error at its field and leads to the first one', async () => {
    const { user } = renderPanel();

    await user.click(screen.getByRole('button', { name: 'Toestemming vastleggen' }));
    const given = screen.getByLabelText(/^Datum waarop de inwoner toestemming gaf/);
    await user.clear(given);
    await user.type(given, '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Toestemming opslaan' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Het formulier is niet goed ingevuld.');
    expect(given).toHaveFocus();
    expect(given).toHaveAccessibleDescription(/De datum mag niet in de toekomst liggen\./);
    expect(
      screen.getByRole('link', { name: 'Kies hoe de inwoner toestemming gaf.' }),
    ).toBeInTheDocument();
  });

  it('shows the API refusal at the field and keeps what was typed', async () => {
    const refusal = new GraphQLError('De invoer is niet geldig.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'expiresOn',
            message: 'De toestemming moet na vandaag en na de datum van geven verlopen.',
          },
        ],
      },
    });
    const jobSeeker = notAsked();
    const { user } = renderPanel(
      {},
      {
        jobSeeker,
        mocks: [
          {
            request: {
              query: RecordJobSeekerConsentMutation,
              variables: {
                id: jobSeeker.id,
                status: 'GRANTED',
                method: 'PHONE',
                effectiveOn: TODAY,
                expiresOn: '2027-06-30',
              },
            },
            result: { errors: [refusal.toJSON()] },
          },
        ],
      },
    );

    await user.click(screen.getByRole('button', { name: 'Toestemming vastleggen' }));
    await user.click(screen.getByRole('radio', { name: 'Telefonisch' }));
    const until = screen.getByLabelText(/^Geldig tot/);
    await user.clear(until);
    await user.type(until, '2027-06-30');
    await user.click(screen.getByRole('button', { name: 'Toestemming opslaan' }));

    expect(await screen.findByText('Het formulier is niet goed ingevuld.')).toBeInTheDocument();
    expect(until).toHaveAccessibleDescription(
      /De toestemming moet na vandaag en na de datum van geven verlopen\./,
    );
    expect(until).toHaveValue('2027-06-30');
    expect(screen.getByRole('radio', { name: 'Telefonisch' })).toBeChecked();
  });

  it('lists the history, newest first as the API gives it', () => {
    renderPanel({
      consentStatus: 'WITHDRAWN',
      consentHistory: [
        buildConsentChange({
          status: 'WITHDRAWN',
          method: 'PHONE',
          effectiveOn: '2026-10-01',
          expiresOn: null,
        }),
        buildConsentChange({
          method: 'IN_WRITING',
          effectiveOn: '2026-01-15',
          expiresOn: '2027-01-15',
        }),
      ],
    });

    const items = within(
      screen.getByRole('list', { name: 'Geschiedenis van de toestemming' }),
    ).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Ingetrokken op 1 oktober 2026 (telefonisch) · vastgelegd door Yasmina El Amrani',
      'Gegeven op 15 januari 2026 (schriftelijk), geldig tot 15 januari 2027 · vastgelegd door Yasmina El Amrani',
    ]);
  });

  it('offers nothing to change to someone who only reads the file', () => {
    renderPanel({ consentStatus: 'GRANTED' }, { canRecord: false });

    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('Er is nog geen toestemming vastgelegd.')).toBeInTheDocument();
  });
});
