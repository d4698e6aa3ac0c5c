import { useQuery } from '@apollo/client/react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import {
  COMPETENCE_GROUP_LABELS,
  COMPETENCE_GROUPS,
  COMPETENCE_REQUIREMENT_LABELS,
  type CompetenceGroup,
  type CompetenceRequirement,
} from '@werkbrug/domain-rules';
import { Field, RadioGroup } from '@werkbrug/ui';
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { CompetencePicker_CompetenceFragment } from '../../../gql/graphql.js';
import { VisuallyHidden } from '../../common/VisuallyHidden.js';
import type { CompetenceChoice } from '../../vacancy/vacancyForm.js';
import { CompetenceLevelsQuery } from '../graphql/competences.js';
import { SEARCH_PAGE_SIZE, useCompetenceSearch } from '../hooks/useCompetenceSearch.js';

export { CompetencePickerFragment } from '../graphql/competences.js';

const LEVELS = [1, 2, 3, 4, 5] as const;
const WEIGHT_LABELS: Record<number, string> = {
  1: '1: telt licht',
  2: '2',
  3: '3: gemiddeld',
  4: '4',
  5: '5: telt zwaar',
};

export interface CompetencePickerProps {
  /** The id of the first input; rows and search fields derive theirs from it. */
  id: string;
  value: readonly CompetenceChoice[];
  onChange(value: CompetenceChoice[]): void;
  /** About the whole list, e.g. too many competences. */
  error?: string;
  /** Per row (by index in `value`), from the API. */
  rowErrors?: Readonly<Record<number, string>>;
  max: number;
}

/** The id of a row's first input: where an error summary sends the focus. */
export const competenceRowId = (pickerId: string, code: string) => `${pickerId}-${code}-level`;

function SelectedCompetence({
  pickerId,
  choice,
  error,
  onChange,
  onRemove,
}: {
  pickerId: string;
  choice: CompetenceChoice;
  error?: string;
  onChange(choice: CompetenceChoice): void;
  onRemove(): void;
}) {
  // Descriptions of the levels: straight from the cache after a search, fetched for saved ones.
  const { data } = useQuery(CompetenceLevelsQuery, { variables: { code: choice.code } });
  const levels = data?.competence.levels ?? [];
  const descriptionOf = (level: number) => levels.find((l) => l.level === level)?.description;
  const rowId = competenceRowId(pickerId, choice.code);
  const errorId = `${rowId}-error`;

  return (
    <Fieldset
      className="werkbrug-card"
      invalid={Boolean(error)}
      aria-describedby={error ? errorId : undefined}
    >
      <FieldsetLegend>{choice.label}</FieldsetLegend>
      <FormFieldDescription>{COMPETENCE_GROUP_LABELS[choice.group]}</FormFieldDescription>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      <RadioGroup
        id={rowId}
        name={`${rowId}-choice`}
        legend="Minimaal niveau"
        options={LEVELS.map((level) => ({
          value: String(level),
          label: `Niveau ${level}`,
          description: descriptionOf(level),
        }))}
        value={String(choice.minLevel)}
        onChange={(level) => onChange({ ...choice, minLevel: Number(level) })}
      />
      <RadioGroup<CompetenceRequirement>
        id={`${rowId}-requirement`}
        name={`${rowId}-requirement`}
        legend="Vereist of gewenst?"
        options={[
          {
            value: 'REQUIRED',
            label: COMPETENCE_REQUIREMENT_LABELS.REQUIRED,
            description: 'Zonder deze competentie kan iemand het werk niet doen.',
          },
          {
            value: 'WISHED',
            label: COMPETENCE_REQUIREMENT_LABELS.WISHED,
            description: 'Mooi meegenomen; het kan ook op het werk worden geleerd.',
          },
        ]}
        value={choice.requirement}
        onChange={(requirement) => onChange({ ...choice, requirement })}
      />
      <Field
        id={`${rowId}-weight`}
        label="Gewicht"
        description="Hoe zwaar deze competentie telt bij het zoeken naar kandidaten."
      >
        {(control) => (
          <Select
            {...control}
            value={String(choice.weight)}
            onChange={(event) => onChange({ ...choice, weight: Number(event.target.value) })}
          >
            {LEVELS.map((weight) => (
              <SelectOption key={weight} value={String(weight)}>
                {WEIGHT_LABELS[weight]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <Button appearance="subtle-button" onClick={onRemove}>
        Verwijderen <VisuallyHidden>{choice.label}</VisuallyHidden>
      </Button>
    </Fieldset>
  );
}

function SearchResult({
  competence,
  chosen,
  full,
  onAdd,
}: {
  competence: CompetencePicker_CompetenceFragment;
  chosen: boolean;
  full: boolean;
  onAdd(): void;
}) {
  return (
    <UnorderedListItem>
      <strong>{competence.label}</strong> ({COMPETENCE_GROUP_LABELS[competence.group]})
      <br />
      {competence.description}
      <br />
      {chosen ? (
        <em>Al gekozen</em>
      ) : (
        <Button appearance="secondary-action-button" disabled={full} onClick={onAdd}>
          Toevoegen <VisuallyHidden>{competence.label}</VisuallyHidden>
        </Button>
      )}
    </UnorderedListItem>
  );
}

/**
 * Chooses the competences a vacancy asks for from the taxonomy: search by name, narrow down by
 * group, then per competence the minimum level (with what each level means), whether it is
 * required or wished, and its weight.
 */
export function CompetencePicker({
  id,
  value,
  onChange,
  error,
  rowErrors = {},
  max,
}: CompetencePickerProps) {
  const [search, setSearch] = useState('');
  const [group, setGroup] = useState<CompetenceGroup | ''>('');
  const results = useCompetenceSearch({ search, group });
  const chosen = new Set(value.map((choice) => choice.code));
  const full = value.length >= max;
  // Where the focus goes after adding (the new row, to set its level) or removing (the search).
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function add(competence: CompetencePicker_CompetenceFragment) {
    onChange([
      ...value,
      {
        code: competence.code,
        label: competence.label,
        group: competence.group,
        minLevel: 3,
        requirement: 'REQUIRED',
        weight: 3,
      },
    ]);
    setFocusTarget(competenceRowId(id, competence.code));
  }

  // Enter in the search box searches; it must not submit the vacancy.
  function keepFormClosed(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') event.preventDefault();
  }

  const status = !results.active
    ? 'Typ een zoekterm of kies een groep.'
    : results.loading && results.competences.length === 0
      ? 'Bezig met zoeken…'
      : results.error
        ? 'Zoeken is nu niet gelukt. Probeer het opnieuw.'
        : results.totalCount === 0
          ? 'Geen competenties gevonden. Probeer een ander woord of een andere groep.'
          : results.totalCount > SEARCH_PAGE_SIZE
            ? `${results.totalCount} competenties gevonden; de eerste ${SEARCH_PAGE_SIZE} staan hieronder. Maak uw zoekopdracht preciezer.`
            : `${results.totalCount} ${results.totalCount === 1 ? 'competentie' : 'competenties'} gevonden.`;

  return (
    <div className="werkbrug-stack">
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {value.length === 0 ? (
        <Paragraph>Er zijn nog geen competenties gekozen.</Paragraph>
      ) : (
        <Paragraph>
          {value.length} van hoogstens {max} competenties gekozen.
        </Paragraph>
      )}
      {value.map((choice, index) => (
        <SelectedCompetence
          key={choice.code}
          pickerId={id}
          choice={choice}
          error={rowErrors[index]}
          onChange={(changed) => onChange(value.map((c, i) => (i === index ? changed : c)))}
          onRemove={() => {
            onChange(value.filter((_, i) => i !== index));
            setFocusTarget(id);
          }}
        />
      ))}
      <Heading level={3}>Competentie toevoegen</Heading>
      <div className="werkbrug-inline-fields">
        <Field
          id={id}
          label="Zoek een competentie"
          description="Bijvoorbeeld op tijd komen, samenwerken of heftruck."
        >
          {(control) => (
            <Textbox
              {...control}
              type="search"
              value={search}
              onKeyDown={keepFormClosed}
              onChange={(event) => setSearch(event.target.value)}
            />
          )}
        </Field>
        <Field id={`${id}-group`} label="Groep">
          {(control) => (
            <Select
              {...control}
              value={group}
              onChange={(event) => setGroup(event.target.value as CompetenceGroup | '')}
            >
              <SelectOption value="">Alle groepen</SelectOption>
              {COMPETENCE_GROUPS.map((each) => (
                <SelectOption key={each} value={each}>
                  {COMPETENCE_GROUP_LABELS[each]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Paragraph role="status">{status}</Paragraph>
      {full && (
        <Paragraph>
          U heeft het maximum van {max} competenties bereikt. Verwijder er een om een andere toe te
          voegen.
        </Paragraph>
      )}
      {results.competences.length > 0 && (
        <UnorderedList aria-label="Gevonden competenties">
          {results.competences.map((competence) => (
            <SearchResult
              key={competence.code}
              competence={competence}
              chosen={chosen.has(competence.code)}
              full={full}
              onAdd={() => add(competence)}
            />
          ))}
        </UnorderedList>
      )}
    </div>
  );
}
