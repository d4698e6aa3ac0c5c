import { jest } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  ArchiveEmployerContactMomentMutation,
  ContactMomentsSection,
  UpdateEmployerContactMomentMutation,
} from './ContactMomentsSection.js';

const TODAY = '2026-11-23';

const moment = {
  __typename: 'EmployerContactMoment' as const,
  id: 'moment-1',
  contactedOn: '2026-11-02',
  channel: 'VISIT' as const,
  subject: 'Kennismaking',
  note: 'Rondleiding gehad.',
  recordedBy: 'Anna de Vries',
};
const employer = {
  __typename: 'Employer' as const,
  id: 'werkgever-1',
  contactMoments: [moment],
};

function renderSection(mocks: MockLink.MockedResponse[]) {
  const onChanged = jest.fn<() => Promise<unknown>>().mockResolvedValue(undefined);
  render(
    <MockedProvider mocks={mocks}>
      <ContactMomentsSection employer={employer} onChanged={onChanged} today={TODAY} />
    </MockedProvider>,
  );
  return { onChanged, user: userEvent.setup() };
}

const updateMock = (
  input: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: { query: UpdateEmployerContactMomentMutation, variables: { id: 'moment-1', input } },
  result,
});

const CHANGED = {
  contactedOn: '2026-11-02',
  channel: 'VISIT',
  subject: 'Kennismaking en rondleiding',
  note: 'Rondleiding gehad.',
};

describe(ContactMomentsSection.name, () => {
  it('changes a contact moment, starting from what was recorded', async () => {
    const { user, onChanged } = renderSection([
      updateMock(CHANGED, {
        data: { updateEmployerContactMoment: { ...moment, subject: CHANGED.subject } },
      }),
    ]);

    await user.click(
      screen.getByRole('button', { name: 'Wijzigen: Kennismaking, 2 november 2026' }),
    );
    const form = screen.getByRole('form', { name: 'Contactmoment wijzigen' });
    expect(within(form).getByLabelText('Datum')).toHaveValue('2026-11-02');
    expect(within(form).getByLabelText('Notitie (niet verplicht)')).toHaveValue(
      'Rondleiding gehad.',
    );
    await user.type(within(form).getByLabelText('Onderwerp'), ' en rondleiding');
    await user.click(within(form).getByRole('button', { name: 'Contactmoment opslaan' }));

    expect(await screen.findByText('Het contactmoment is gewijzigd.')).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it("shows the API's refusal of a change at the field and keeps what was typed", async () => {
    const { user, onChanged } = renderSection([
      updateMock(CHANGED, {
        errors: [
          new GraphQLError('De invoer is niet geldig.', {
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'input.subject', message: 'Hoogstens 200 tekens.' }],
            },
          }),
        ],
      }),
    ]);

    await user.click(screen.getByRole('button', { name: /^Wijzigen: Kennismaking/ }));
    const subject = screen.getByLabelText('Onderwerp');
    await user.type(subject, ' en rondleiding');
    await user.click(screen.getByRole('button', { name: 'Contactmoment opslaan' }));

    expect(await screen.findByRole('link', { name: 'Hoogstens 200 tekens.' })).toBeInTheDocument();
    expect(subject).toHaveAccessibleDescription(/Hoogstens 200 tekens\./);
    expect(subject).toHaveValue('Kennismaking en rondleiding');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('asks before archiving and does nothing when cancelled', async () => {
    const { user, onChanged } = renderSection([]);

    await user.click(
      screen.getByRole('button', { name: 'Archiveren: Kennismaking, 2 november 2026' }),
    );
    const confirm = screen.getByRole('group', { name: 'Contactmoment archiveren?' });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent(
      'U archiveert het contactmoment "Kennismaking" van 2 november 2026.',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));

    expect(
      screen.queryByRole('group', { name: 'Contactmoment archiveren?' }),
    ).not.toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('archives a contact moment once confirmed', async () => {
    const { user, onChanged } = renderSection([
      {
        request: { query: ArchiveEmployerContactMomentMutation, variables: { id: 'moment-1' } },
        result: {
          data: {
            archiveEmployerContactMoment: { __typename: 'EmployerContactMoment', id: 'moment-1' },
          },
        },
      },
    ]);

    await user.click(screen.getByRole('button', { name: /^Archiveren: Kennismaking/ }));
    await user.click(screen.getByRole('button', { name: 'Ja, archiveren' }));

    expect(await screen.findByText('Het contactmoment is gearchiveerd.')).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(
      screen.queryByRole('group', { name: 'Contactmoment archiveren?' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the confirmation open and says why when archiving fails', async () => {
    const { user, onChanged } = renderSection([
      {
        request: { query: ArchiveEmployerContactMomentMutation, variables: { id: 'moment-1' } },
        result: {
          errors: [
            new GraphQLError('Dit contactmoment bestaat niet (meer).', {
              extensions: { code: 'NOT_FOUND' },
            }),
          ],
        },
      },
    ]);

    await user.click(screen.getByRole('button', { name: /^Archiveren: Kennismaking/ }));
    await user.click(screen.getByRole('button', { name: 'Ja, archiveren' }));

    const confirm = screen.getByRole('group', { name: 'Contactmoment archiveren?' });
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'Dit contactmoment bestaat niet (meer).',
    );
    expect(onChanged).not.toHaveBeenCalled();
  });
});
