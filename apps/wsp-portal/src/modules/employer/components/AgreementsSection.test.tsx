import { jest } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { AgreementsSection, ArchiveEmployerAgreementMutation } from './AgreementsSection.js';

const agreement = {
  __typename: 'EmployerAgreement' as const,
  id: 'afspraak-1',
  kind: 'GARANTIEBANEN' as const,
  description: 'Vijf garantiebanen',
  places: 5,
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  status: 'ACTIVE' as const,
  recordedBy: 'Anna de Vries',
};
const employer = { __typename: 'Employer' as const, id: 'werkgever-1', agreements: [agreement] };

const archiveMock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: ArchiveEmployerAgreementMutation, variables: { id: 'afspraak-1' } },
  result,
});

function renderSection(mocks: MockLink.MockedResponse[]) {
  const onChanged = jest.fn<() => Promise<unknown>>().mockResolvedValue(undefined);
  render(
    <MockedProvider mocks={mocks}>
      <AgreementsSection employer={employer} onChanged={onChanged} today="2026-11-23" />
    </MockedProvider>,
  );
  return { onChanged, user: userEvent.setup() };
}

describe(AgreementsSection.name, () => {
  it('asks before archiving an agreement and does nothing when cancelled', async () => {
    const { user, onChanged } = renderSection([]);

    await user.click(
      screen.getByRole('button', { name: 'Archiveren: Garantiebanen, Vijf garantiebanen' }),
    );
    const confirm = screen.getByRole('group', { name: 'Afspraak archiveren?' });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent(
      'U archiveert de afspraak "Garantiebanen: Vijf garantiebanen".',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));

    expect(screen.queryByRole('group', { name: 'Afspraak archiveren?' })).not.toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('archives an agreement once confirmed', async () => {
    const { user, onChanged } = renderSection([
      archiveMock({
        data: { archiveEmployerAgreement: { __typename: 'EmployerAgreement', id: 'afspraak-1' } },
      }),
    ]);

    await user.click(screen.getByRole('button', { name: /^Archiveren: Garantiebanen/ }));
    await user.click(screen.getByRole('button', { name: 'Ja, archiveren' }));

    expect(await screen.findByText('De afspraak is gearchiveerd.')).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group', { name: 'Afspraak archiveren?' })).not.toBeInTheDocument();
  });

  it('keeps the confirmation open and says why when archiving fails', async () => {
    const { user, onChanged } = renderSection([
      archiveMock({
        errors: [
          new GraphQLError('U kunt deze werkgever niet inzien.', {
            extensions: { code: 'FORBIDDEN' },
          }),
        ],
      }),
    ]);

    await user.click(screen.getByRole('button', { name: /^Archiveren: Garantiebanen/ }));
    await user.click(screen.getByRole('button', { name: 'Ja, archiveren' }));

    const confirm = screen.getByRole('group', { name: 'Afspraak archiveren?' });
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'U kunt deze werkgever niet inzien.',
    );
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('closes a confirmation when an agreement is opened for changing', async () => {
    const { user } = renderSection([]);

    await user.click(screen.getByRole('button', { name: /^Archiveren: Garantiebanen/ }));
    await user.click(screen.getByRole('button', { name: /^Wijzigen: Garantiebanen/ }));

    expect(screen.queryByRole('group', { name: 'Afspraak archiveren?' })).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Afspraak wijzigen' })).toBeInTheDocument();
  });
});
