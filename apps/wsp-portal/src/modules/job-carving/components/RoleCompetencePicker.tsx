import { useQuery } from '@apollo/client/react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import {
  COMPETENCE_REQUIREMENT_LABELS,
  COMPETENCE_REQUIREMENTS,
  type CompetenceRequirement,
} from '@werkbrug/domain-rules';
import { LoadingState } from '@werkbrug/ui';
import { useEffect, useState } from 'react';
import { SelectField, TextField } from '../../common/components/fields.js';
import { CarvedRoleCompetenceSearchQuery } from '../graphql/jobCarving.js';
import type { CompetenceChoice } from '../jobCarvingForms.js';

const SEARCH_DELAY_MS = 300;
const RESULTS = 8;
const LEVELS = ['1', '2', '3', '4', '5'] as const;

export interface RoleCompetencePickerProps {
  id: string;
  value: readonly CompetenceChoice[];
  onChange(value: CompetenceChoice[]): void;
  /** Per chosen competence (by index), e.g. from the API. */
  rowErrors?: Readonly<Record<number, string>>;
}

/** The id of a chosen competence's first control, where an error summary sends the focus. */
export const competenceRowId = (pickerId: string, index: number) => `${pickerId}-${index}-level`;

/**
 * The competences a carved role asks for: find one by name, add it, then set the minimum level
 * and whether it is required or wished (as on a vacancy).
 */
export function RoleCompetencePicker({
  id,
  value,
  onChange,
  rowErrors = {},
}: RoleCompetencePickerProps) {
  const [search, setSearch] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, loading, error } = useQuery(CarvedRoleCompetenceSearchQuery, {
    variables: { search: term, first: RESULTS },
    skip: term.length < 2,
  });
  const chosen = new Set(value.map((choice) => choice.code));
  const found =
    term.length < 2 ? [] : (data?.competences.nodes ?? []).filter((c) => !chosen.has(c.code));

  const update = (index: number, change: Partial<CompetenceChoice>) =>
    onChange(value.map((choice, i) => (i === index ? { ...choice, ...change } : choice)));

  return (
    <Fieldset id={id}>
      <FieldsetLegend>Gevraagde competenties</FieldsetLegend>
      {value.length === 0 && <Paragraph>Nog geen competenties gekozen.</Paragraph>}
      {value.map((choice, index) => (
        <Fieldset key={choice.code} className="werkbrug-card" invalid={Boolean(rowErrors[index])}>
          <FieldsetLegend>{choice.label}</FieldsetLegend>
          {rowErrors[index] && (
            <FormFieldErrorMessage id={`${id}-${index}-error`}>
              {rowErrors[index]}
            </FormFieldErrorMessage>
          )}
          <SelectField<(typeof LEVELS)[number]>
            id={competenceRowId(id, index)}
            label="Minimumniveau"
            options={LEVELS.map((level) => ({ value: level, label: `Niveau ${level}` }))}
            value={String(choice.minLevel) as (typeof LEVELS)[number]}
            onChange={(level) => level && update(index, { minLevel: Number(level) })}
          />
          <SelectField<CompetenceRequirement>
            id={`${id}-${index}-requirement`}
            label="Vereist of gewenst"
            options={COMPETENCE_REQUIREMENTS.map((requirement) => ({
              value: requirement,
              label: COMPETENCE_REQUIREMENT_LABELS[requirement],
            }))}
            value={choice.requirement}
            onChange={(requirement) => requirement && update(index, { requirement })}
          />
          <Button
            appearance="subtle-button"
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            {`${choice.label} verwijderen`}
          </Button>
        </Fieldset>
      ))}
      <TextField
        id={`${id}-search`}
        type="search"
        label="Competentie zoeken"
        description='Typ minstens twee letters van de naam, bijvoorbeeld "afwas" of "stipt".'
        value={search}
        onChange={setSearch}
      />
      <div aria-live="polite">
        {loading && <LoadingState>Competenties zoeken…</LoadingState>}
        {error && <Paragraph>De competenties kunnen nu niet worden gezocht.</Paragraph>}
        {!loading && !error && term.length >= 2 && found.length === 0 && (
          <Paragraph>Geen competenties gevonden voor &ldquo;{term}&rdquo;.</Paragraph>
        )}
      </div>
      {found.length > 0 && (
        <UnorderedList>
          {found.map((competence) => (
            <UnorderedListItem key={competence.code}>
              <Button
                appearance="secondary-action-button"
                onClick={() =>
                  onChange([
                    ...value,
                    {
                      code: competence.code,
                      label: competence.label,
                      minLevel: 2,
                      requirement: 'REQUIRED',
                    },
                  ])
                }
              >
                {`${competence.label} toevoegen`}
              </Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </Fieldset>
  );
}
