import { jest } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { CompetenceScanEditor_CompetenceFragment } from '../../../gql/graphql.js';
import type { ActionError } from '../../common/errors.js';
import { CompetenceScanEditor, type SavedScore, type ScanInput } from './CompetenceScanEditor.js';

function competence(
  code: string,
  label: string,
  group: CompetenceScanEditor_CompetenceFragment['group'],
  sector: CompetenceScanEditor_CompetenceFragment['sector'] = null,
): CompetenceScanEditor_CompetenceFragment {
  return {
    code,
    label,
    description: `Wat ${label.toLowerCase()} inhoudt.`,
    group,
    sector,
    levels: [1, 2, 3, 4, 5].map((level) => ({
      level,
      description: `${label} op niveau ${level}.`,
    })),
  };
}

const TAXONOMY = [
  competence('WA_PUNCTUALITY', 'Op tijd komen', 'WORK_ATTITUDE'),
  competence('WA_CAREFUL', 'Zorgvuldig werken', 'WORK_ATTITUDE'),
  competence('SOC_COOPERATION', 'Samenwerken', 'SOCIAL'),
  competence('VOC_GREEN_MOWING', 'Maaien', 'VOCATIONAL', 'GREEN'),
  competence('VOC_HOSP_DISHWASHING', 'Afwassen', 'VOCATIONAL', 'HOSPITALITY'),
];

const TODAY = '2026-11-23';

function renderEditor({
  saved = [] as SavedScore[],
  onSave = jest.fn<(input: ScanInput) => Promise<ActionError | null>>().mockResolvedValue(null),
  competences = TAXONOMY,
} = {}) {
  render(
    <CompetenceScanEditor
      name="Fatma Yilmaz"
      competences={competences}
      saved={saved}
      today={TODAY}
      saving={false}
      onSave={onSave}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

function competenceGroup(label: string) {
  return screen.getByRole('group', { name: label });
}

describe(CompetenceScanEditor.name, () => {
  it('goes through the taxonomy one group at a time, then the result', async () => {
    const { user } = renderEditor();

    const steps = screen.getByRole('navigation', { name: 'Stappen van de competentiescan' });
    expect(
      within(steps)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([
      '1. Werkhouding (0 van 2)',
      '2. Sociale vaardigheden (0 van 1)',
      '3. Vakvaardigheden (0 van 2)',
      '4. Resultaat',
    ]);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Stap 1 van 4: Werkhouding',
    );
    expect(competenceGroup('Op tijd komen')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Samenwerken' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));

    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Stap 2 van 4: Sociale vaardigheden');
    expect(heading).toHaveFocus();
    expect(within(steps).getByRole('button', { current: 'step' })).toHaveTextContent(
      'Sociale vaardigheden',
    );
  });

  it('puts vocational competences under their sector', async () => {
    const { user } = renderEditor();

    await user.click(screen.getByRole('button', { name: '3. Vakvaardigheden (0 van 2)' }));

    expect(screen.getByRole('heading', { level: 3, name: 'Horeca' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Groen' })).toBeInTheDocument();
  });

  it('explains the competence and what each level means', () => {
    renderEditor();

    const group = competenceGroup('Op tijd komen');
    expect(group).toHaveAccessibleDescription('Wat op tijd komen inhoudt.');
    expect(
      within(group).getByRole('radio', { name: 'Niveau 3: Op tijd komen op niveau 3.' }),
    ).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'Niet gescoord' })).toBeChecked();
  });

  it('starts from the saved levels and counts what changed', async () => {
    const { user } = renderEditor({
      saved: [
        {
          code: 'WA_PUNCTUALITY',
          label: 'Op tijd komen',
          group: 'WORK_ATTITUDE',
          level: 4,
          assessedAt: '2026-01-01',
        },
      ],
    });

    expect(
      within(competenceGroup('Op tijd komen')).getByRole('radio', { name: /^Niveau 4:/ }),
    ).toBeChecked();
    expect(screen.getByText('Er zijn geen wijzigingen om op te slaan.')).toBeInTheDocument();

    await user.click(
      within(competenceGroup('Zorgvuldig werken')).getByRole('radio', { name: /^Niveau 2:/ }),
    );
    await user.click(
      within(competenceGroup('Op tijd komen')).getByRole('radio', { name: 'Niet gescoord' }),
    );

    expect(screen.getByText('2 wijzigingen nog niet opgeslagen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1. Werkhouding (1 van 2)' })).toBeInTheDocument();
  });

  it('shows the result as bars with text, and as a table', async () => {
    const { user } = renderEditor({
      saved: [
        {
          code: 'WA_PUNCTUALITY',
          label: 'Op tijd komen',
          group: 'WORK_ATTITUDE',
          level: 4,
          assessedAt: '2026-01-01',
        },
        {
          code: 'SOC_COOPERATION',
          label: 'Samenwerken',
          group: 'SOCIAL',
          level: 2,
          assessedAt: '2026-01-01',
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: '4. Resultaat' }));

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Stap 4 van 4: Resultaat');
    expect(screen.getByText('Op tijd komen').closest('li')).toHaveTextContent('niveau 4 van 5');
    await user.click(screen.getByRole('button', { name: 'Toon als tabel' }));
    const table = screen.getByRole('table', { name: 'Competentieprofiel van Fatma Yilmaz' });
    expect(within(table).getByRole('row', { name: /Samenwerken/ })).toHaveTextContent(
      'Sociale vaardighedenSamenwerkenNiveau 2: in ontwikkeling',
    );
  });

  it('saves the whole set, dating new and changed levels today', async () => {
    const { user, onSave } = renderEditor({
      saved: [
        {
          code: 'WA_PUNCTUALITY',
          label: 'Op tijd komen',
          group: 'WORK_ATTITUDE',
          level: 4,
          assessedAt: '2026-01-01',
        },
        {
          code: 'WA_CAREFUL',
          label: 'Zorgvuldig werken',
          group: 'WORK_ATTITUDE',
          level: 2,
          assessedAt: '2026-01-01',
        },
      ],
    });

    await user.click(
      within(competenceGroup('Zorgvuldig werken')).getByRole('radio', { name: /^Niveau 3:/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    await user.click(
      within(competenceGroup('Samenwerken')).getByRole('radio', { name: /^Niveau 5:/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Competentiescan opslaan' }));

    expect(onSave).toHaveBeenCalledWith([
      { code: 'WA_PUNCTUALITY', level: 4, assessedAt: '2026-01-01' },
      { code: 'WA_CAREFUL', level: 3, assessedAt: TODAY },
      { code: 'SOC_COOPERATION', level: 5, assessedAt: TODAY },
    ]);
    expect(await screen.findByText('De competentiescan is opgeslagen.')).toBeInTheDocument();
  });

  it('keeps every level when saving fails and leads to the competence with the error', async () => {
    const onSave = jest.fn<(input: ScanInput) => Promise<ActionError | null>>().mockResolvedValue({
      message: 'Het formulier is niet goed ingevuld.',
      fields: { 'competences.1.code': 'Deze competentie kennen we niet (of ze is gearchiveerd).' },
    });
    const { user } = renderEditor({ onSave });

    await user.click(
      within(competenceGroup('Op tijd komen')).getByRole('radio', { name: /^Niveau 2:/ }),
    );
    await user.click(screen.getByRole('button', { name: '3. Vakvaardigheden (0 van 2)' }));
    await user.click(within(competenceGroup('Maaien')).getByRole('radio', { name: /^Niveau 4:/ }));
    await user.click(screen.getByRole('button', { name: 'Competentiescan opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Opslaan is niet gelukt. Het formulier is niet goed ingevuld.');
    await user.click(
      within(alert).getByRole('link', {
        name: 'Maaien: Deze competentie kennen we niet (of ze is gearchiveerd).',
      }),
    );
    expect(
      within(competenceGroup('Maaien')).getByRole('radio', { name: 'Niet gescoord' }),
    ).toHaveFocus();
    expect(
      within(competenceGroup('Maaien')).getByRole('radio', { name: /^Niveau 4:/ }),
    ).toBeChecked();
    expect(screen.getByText('2 wijzigingen nog niet opgeslagen.')).toBeInTheDocument();
  });

  it('warns that competences no longer in the taxonomy leave the profile on saving', async () => {
    const { user, onSave } = renderEditor({
      saved: [
        {
          code: 'OLD_FORKLIFT',
          label: 'Heftruck (oud)',
          group: 'CERTIFICATE',
          level: 5,
          assessedAt: '2024-01-01',
        },
      ],
    });

    expect(screen.getByText(/Heftruck \(oud\) \(niveau 5\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Competentiescan opslaan' }));

    expect(onSave).toHaveBeenCalledWith([]);
  });
});
