import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { jest } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { createCache } from '../../../app/apolloClient.js';
import { buildCompetence, connection } from '../../../testing/builders.js';
import type { CompetenceChoice } from '../../vacancy/vacancyForm.js';
import { CompetenceLevelsQuery, CompetenceSearchQuery } from '../graphql/competences.js';
import { CompetencePicker } from './CompetencePicker.js';

const punctuality = buildCompetence({ code: 'WA_PUNCTUALITY', label: 'Stiptheid' });
const forklift = buildCompetence({
  code: 'CERT_FORKLIFT',
  label: 'Heftruckcertificaat',
  group: 'CERTIFICATE',
});

function searchMock(
  variables: { search: string | null; group: string | null },
  nodes: ReturnType<typeof buildCompetence>[],
  totalCount = nodes.length,
): MockLink.MockedResponse {
  return {
    request: { query: CompetenceSearchQuery, variables: { ...variables, first: 20 } },
    result: { data: { competences: connection(nodes, 'CompetenceConnection', totalCount) } },
  };
}

const punctualityLevelsMock: MockLink.MockedResponse = {
  request: { query: CompetenceLevelsQuery, variables: { code: 'WA_PUNCTUALITY' } },
  result: { data: { competence: punctuality } },
};

const savedPunctuality: CompetenceChoice = {
  code: 'WA_PUNCTUALITY',
  label: 'Stiptheid',
  group: 'WORK_ATTITUDE',
  minLevel: 2,
  requirement: 'WISHED',
  weight: 4,
};

function renderPicker({
  mocks = [],
  initial = [],
  max = 30,
}: { mocks?: MockLink.MockedResponse[]; initial?: CompetenceChoice[]; max?: number } = {}) {
  const changes = jest.fn<(value: CompetenceChoice[]) => void>();
  const onSubmit = jest.fn((event: { preventDefault(): void }) => event.preventDefault());
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <form onSubmit={onSubmit}>
        <CompetencePicker
          id="competenties"
          value={value}
          max={max}
          onChange={(next) => {
            changes(next);
            setValue(next);
          }}
        />
      </form>
    );
  }
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <Harness />
    </MockedProvider>,
  );
  return { changes, onSubmit, user: userEvent.setup() };
}

const lastChange = (changes: jest.Mock<(value: CompetenceChoice[]) => void>) =>
  changes.mock.calls.at(-1)?.[0];

describe(CompetencePicker.name, () => {
  it('asks for a search term before listing anything', () => {
    renderPicker();

    expect(screen.getByRole('status')).toHaveTextContent('Typ een zoekterm of kies een groep.');
    expect(screen.getByText('Er zijn nog geen competenties gekozen.')).toBeInTheDocument();
  });

  it('finds competences by name and announces how many', async () => {
    const { user } = renderPicker({
      mocks: [searchMock({ search: 'stip', group: null }, [punctuality])],
    });

    await user.type(screen.getByLabelText('Zoek een competentie'), 'stip');

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 competentie gevonden.'),
    );
    const results = screen.getByRole('list', { name: 'Gevonden competenties' });
    expect(within(results).getByText('Stiptheid', { selector: 'strong' })).toBeInTheDocument();
    expect(within(results).getByText('(Werkhouding)', { exact: false })).toBeInTheDocument();
  });

  it('lists a group of the taxonomy', async () => {
    const { user } = renderPicker({
      mocks: [searchMock({ search: null, group: 'CERTIFICATE' }, [forklift])],
    });

    await user.selectOptions(screen.getByLabelText('Groep'), 'Certificaten en rijbewijzen');

    expect(
      await screen.findByRole('button', { name: 'Toevoegen Heftruckcertificaat' }),
    ).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    const { user } = renderPicker({ mocks: [searchMock({ search: 'xyz', group: null }, [])] });

    await user.type(screen.getByLabelText('Zoek een competentie'), 'xyz');

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Geen competenties gevonden.'),
    );
  });

  it('asks for a narrower search when there are more results than shown', async () => {
    const { user } = renderPicker({
      mocks: [searchMock({ search: 'a', group: null }, [punctuality, forklift], 87)],
    });

    await user.type(screen.getByLabelText('Zoek een competentie'), 'a');

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        '87 competenties gevonden; de eerste 20 staan hieronder. Maak uw zoekopdracht preciezer.',
      ),
    );
  });

  it('adds a competence as required at level 3 and shows what each level means', async () => {
    const { user, changes } = renderPicker({
      mocks: [searchMock({ search: 'stip', group: null }, [punctuality])],
    });

    await user.type(screen.getByLabelText('Zoek een competentie'), 'stip');
    await user.click(await screen.findByRole('button', { name: 'Toevoegen Stiptheid' }));

    expect(lastChange(changes)).toEqual([
      {
        code: 'WA_PUNCTUALITY',
        label: 'Stiptheid',
        group: 'WORK_ATTITUDE',
        minLevel: 3,
        requirement: 'REQUIRED',
        weight: 3,
      },
    ]);
    const row = screen.getByRole('group', { name: 'Stiptheid' });
    const level4 = within(row).getByRole('radio', { name: 'Niveau 4' });
    expect(level4).toHaveAccessibleDescription('Stiptheid op niveau 4.');
    expect(within(row).getByRole('radio', { name: 'Niveau 3' })).toBeChecked();
    expect(within(row).getByRole('radio', { name: 'Vereist' })).toBeChecked();
    expect(within(row).getByRole('radio', { name: 'Niveau 1' })).toHaveFocus();
    expect(screen.getByText('Al gekozen')).toBeInTheDocument();
  });

  it('sets the level, the requirement and the weight of a chosen competence', async () => {
    const { user, changes } = renderPicker({
      initial: [savedPunctuality],
      mocks: [punctualityLevelsMock],
    });
    const row = screen.getByRole('group', { name: 'Stiptheid' });

    await user.click(within(row).getByRole('radio', { name: 'Niveau 5' }));
    await user.click(within(row).getByRole('radio', { name: 'Vereist' }));
    await user.selectOptions(within(row).getByLabelText('Gewicht'), '5: telt zwaar');

    expect(lastChange(changes)).toEqual([
      { ...savedPunctuality, minLevel: 5, requirement: 'REQUIRED', weight: 5 },
    ]);
  });

  it('fetches the level descriptions of a competence that was saved before', async () => {
    renderPicker({
      initial: [savedPunctuality],
      mocks: [punctualityLevelsMock],
    });

    expect(await screen.findByText('Stiptheid op niveau 2.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Niveau 2' })).toBeChecked();
  });

  it('removes a competence and returns to the search box', async () => {
    const { user, changes } = renderPicker({
      initial: [savedPunctuality],
      mocks: [punctualityLevelsMock],
    });

    await user.click(screen.getByRole('button', { name: 'Verwijderen Stiptheid' }));

    expect(lastChange(changes)).toEqual([]);
    expect(screen.queryByRole('group', { name: 'Stiptheid' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Zoek een competentie')).toHaveFocus();
  });

  it('does not submit the surrounding form when Enter is pressed in the search box', async () => {
    const { user, onSubmit } = renderPicker();

    await user.type(screen.getByLabelText('Zoek een competentie'), 'stip{Enter}');

    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('stops adding at the maximum', async () => {
    const { user } = renderPicker({
      initial: [savedPunctuality],
      max: 1,
      mocks: [punctualityLevelsMock, searchMock({ search: 'heftruck', group: null }, [forklift])],
    });

    await user.type(screen.getByLabelText('Zoek een competentie'), 'heftruck');

    expect(
      await screen.findByRole('button', { name: 'Toevoegen Heftruckcertificaat' }),
    ).toBeDisabled();
    expect(screen.getByText(/U heeft het maximum van 1 competenties bereikt/)).toBeInTheDocument();
  });

  it('shows an error from the API at its row', () => {
    render(
      <MockedProvider mocks={[punctualityLevelsMock]} cache={createCache()}>
        <CompetencePicker
          id="competenties"
          value={[savedPunctuality]}
          max={30}
          onChange={() => undefined}
          rowErrors={{ 0: 'Deze competentie kennen we niet (of niet meer).' }}
        />
      </MockedProvider>,
    );

    expect(screen.getByRole('group', { name: 'Stiptheid' })).toHaveAccessibleDescription(
      'Deze competentie kennen we niet (of niet meer).',
    );
  });
});
