import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  BenefitExitPanel,
  BenefitExitPanelQuery,
  RecordBenefitExitMutation,
} from './BenefitExitPanel.js';

const JOB_SEEKER = 'inwoner-1';

const exit = (id: string, exitDate: string, kind: 'FULL' | 'PARTIAL' = 'FULL') => ({
  __typename: 'BenefitExit' as const,
  id,
  exitDate,
  kind,
  reason: 'WORK' as const,
  municipalityName: 'Hilversum',
});

const placement = (
  id: string,
  employerName: string,
  startDate: string,
  endDate: string | null,
) => ({
  __typename: 'Placement' as const,
  id,
  startDate,
  endDate,
  employer: { __typename: 'PlacementEmployer' as const, id: `w-${id}`, name: employerName },
});

const listMock = (
  exits: ReturnType<typeof exit>[],
  placements: ReturnType<typeof placement>[] = [],
): MockLink.MockedResponse => ({
  request: { query: BenefitExitPanelQuery, variables: { jobSeekerId: JOB_SEEKER } },
  result: {
    data: {
      benefitExits: exits,
      placements: { __typename: 'PlacementConnection', nodes: placements },
    },
  },
});

const INPUT = {
  jobSeekerId: JOB_SEEKER,
  exitDate: '2025-03-01',
  kind: 'PARTIAL',
  reason: 'WORK',
  placementId: null,
};
const PLACEMENTS = [
  placement('p1', 'Bakkerij De Korf', '2024-01-15', '2024-06-30'),
  placement('p2', 'Groenbedrijf Gooi', '2025-02-01', null),
];

function renderPanel(mocks: MockLink.MockedResponse[], canRecord = true) {
  return render(
    <MockedProvider mocks={mocks}>
      <BenefitExitPanel jobSeekerId={JOB_SEEKER} canRecord={canRecord} />
    </MockedProvider>,
  );
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Datum van uitstroom'), '2025-03-01');
  await user.click(screen.getByLabelText('Gedeeltelijk'));
}

describe(BenefitExitPanel.name, () => {
  it('lists the exits of the file', async () => {
    renderPanel([listMock([exit('u1', '2025-06-01'), exit('u2', '2024-02-01', 'PARTIAL')])]);

    const table = await screen.findByRole('table', {
      name: 'Uitstroom uit de uitkering, de laatste eerst',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['1 juni 2025', 'Volledig', 'Werk', 'Hilversum'],
      ['1 februari 2024', 'Gedeeltelijk', 'Werk', 'Hilversum'],
    ]);
  });

  it('says when nothing is recorded, and offers no form to account managers', async () => {
    renderPanel([listMock([])], false);

    expect(
      await screen.findByText('Er is geen uitstroom uit de uitkering vastgelegd.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitstroom vastleggen' })).not.toBeInTheDocument();
  });

  it('records an exit and shows it', async () => {
    const user = userEvent.setup();
    renderPanel([
      listMock([]),
      {
        request: { query: RecordBenefitExitMutation, variables: { input: INPUT } },
        result: { data: { recordBenefitExit: exit('u3', '2025-03-01', 'PARTIAL') } },
      },
      listMock([exit('u3', '2025-03-01', 'PARTIAL')]),
    ]);

    await screen.findByText('Er is geen uitstroom uit de uitkering vastgelegd.');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Uitstroom vastleggen' }));

    expect(
      await screen.findByText('Uitstroom per 1 maart 2025 is vastgelegd.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Gedeeltelijk' })).toBeInTheDocument();
    expect(screen.getByLabelText('Datum van uitstroom')).toHaveValue('');
  });

  it("shows the API's refusal at the date and keeps what was typed", async () => {
    const user = userEvent.setup();
    renderPanel([
      listMock([]),
      {
        request: { query: RecordBenefitExitMutation, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError('De invoer is niet geldig.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  {
                    field: 'input.exitDate',
                    message: 'De datum van uitstroom ligt vóór de start van het dossier.',
                  },
                ],
              },
            }),
          ],
        },
      },
    ]);

    await screen.findByText('Er is geen uitstroom uit de uitkering vastgelegd.');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Uitstroom vastleggen' }));

    const date = screen.getByLabelText('Datum van uitstroom');
    expect(
      await screen.findByRole('link', {
        name: 'De datum van uitstroom ligt vóór de start van het dossier.',
      }),
    ).toBeInTheDocument();
    expect(date).toHaveAccessibleDescription(
      /De datum van uitstroom ligt vóór de start van het dossier\./,
    );
    expect(date).toHaveValue('2025-03-01');
    expect(screen.getByLabelText('Gedeeltelijk')).toBeChecked();
  });

  it('shows a conflict above the form', async () => {
    const user = userEvent.setup();
    renderPanel([
      listMock([]),
      {
        request: { query: RecordBenefitExitMutation, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError('Voor deze inwoner is op deze datum al een uitstroom vastgelegd.', {
              extensions: { code: 'CONFLICT' },
            }),
          ],
        },
      },
    ]);

    await screen.findByText('Er is geen uitstroom uit de uitkering vastgelegd.');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Uitstroom vastleggen' }));

    expect(
      await screen.findByText('Voor deze inwoner is op deze datum al een uitstroom vastgelegd.'),
    ).toBeInTheDocument();
  });

  it("offers the person's placements and links the exit to the one picked", async () => {
    const user = userEvent.setup();
    renderPanel([
      listMock([], PLACEMENTS),
      {
        request: {
          query: RecordBenefitExitMutation,
          variables: { input: { ...INPUT, placementId: 'p2' } },
        },
        result: { data: { recordBenefitExit: exit('u4', '2025-03-01', 'PARTIAL') } },
      },
      listMock([exit('u4', '2025-03-01', 'PARTIAL')], PLACEMENTS),
    ]);

    await screen.findByText('Er is geen uitstroom uit de uitkering vastgelegd.');
    const select = screen.getByLabelText('Plaatsing (niet verplicht)');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Geen plaatsing',
      'Bakkerij De Korf, van 15 januari 2024 tot en met 30 juni 2024',
      'Groenbedrijf Gooi, vanaf 1 februari 2025',
    ]);
    await fillIn(user);
    await user.selectOptions(select, 'Groenbedrijf Gooi, vanaf 1 februari 2025');
    await user.click(screen.getByRole('button', { name: 'Uitstroom vastleggen' }));

    expect(
      await screen.findByText('Uitstroom per 1 maart 2025 is vastgelegd.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Plaatsing (niet verplicht)')).toHaveValue('');
  });

  it('says when the person has no placement to link', async () => {
    renderPanel([listMock([])]);

    await screen.findByText('Er is geen uitstroom uit de uitkering vastgelegd.');
    const select = screen.getByLabelText('Plaatsing (niet verplicht)');
    expect(select).toBeDisabled();
    expect(select).toHaveAccessibleDescription('Er is geen plaatsing van deze inwoner vastgelegd.');
  });

  it("shows the API's refusal of the placement at its field and keeps the choice", async () => {
    const user = userEvent.setup();
    renderPanel([
      listMock([], PLACEMENTS),
      {
        request: {
          query: RecordBenefitExitMutation,
          variables: { input: { ...INPUT, placementId: 'p1' } },
        },
        result: {
          errors: [
            new GraphQLError('De invoer is niet geldig.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  { field: 'input.placementId', message: 'Kies een plaatsing van deze inwoner.' },
                ],
              },
            }),
          ],
        },
      },
    ]);

    await screen.findByText('Er is geen uitstroom uit de uitkering vastgelegd.');
    await fillIn(user);
    const select = screen.getByLabelText('Plaatsing (niet verplicht)');
    await user.selectOptions(
      select,
      'Bakkerij De Korf, van 15 januari 2024 tot en met 30 juni 2024',
    );
    await user.click(screen.getByRole('button', { name: 'Uitstroom vastleggen' }));

    expect(
      await screen.findByRole('link', { name: 'Kies een plaatsing van deze inwoner.' }),
    ).toBeInTheDocument();
    expect(select).toHaveAccessibleDescription(/Kies een plaatsing van deze inwoner\./);
    expect(select).toHaveValue('p1');
  });

  it('asks for the date and the kind before sending', async () => {
    const user = userEvent.setup();
    renderPanel([listMock([])]);

    await screen.findByText('Er is geen uitstroom uit de uitkering vastgelegd.');
    await user.click(screen.getByRole('button', { name: 'Uitstroom vastleggen' }));

    expect(screen.getByLabelText('Datum van uitstroom')).toHaveAccessibleDescription(
      /Vul de datum van uitstroom in\./,
    );
    expect(
      screen.getByRole('link', { name: 'Kies volledig of gedeeltelijk.' }),
    ).toBeInTheDocument();
  });
});
