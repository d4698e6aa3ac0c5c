import {
  Button,
  ButtonGroup,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import {
  COMPETENCE_REQUIREMENT_LABELS,
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPES,
  type CompetenceRequirement,
  type ContractType,
} from '@werkbrug/domain-rules';
import { ErrorSummary, formatNumber } from '@werkbrug/ui';
import { useEffect, useState, type FormEvent } from 'react';
import type { CreateVacancyFromJobCarvingInput } from '../../../gql/graphql.js';
import { SelectField, TextareaField, TextField } from '../../common/components/fields.js';
import type { ActionError } from '../../common/errors.js';
import { parseNumber } from '../../common/format.js';

export interface JobCarvingVacancyFormProps {
  /** The accepted carved role the vacancy is prefilled from. */
  proposal: {
    title: string;
    description: string;
    hoursPerWeek: number;
    competences: readonly {
      competenceCode: string;
      competenceName: string;
      minLevel: number;
      weight: number;
      requirement: CompetenceRequirement;
    }[];
  };
  locations: readonly { id: string; name: string; city: string }[];
  saving: boolean;
  onSubmit(input: CreateVacancyFromJobCarvingInput): Promise<ActionError | null>;
}

const FIELDS = [
  'title',
  'locationId',
  'contractType',
  'hoursMin',
  'hoursMax',
  'openings',
  'description',
] as const;
type VacancyField = (typeof FIELDS)[number];
type Values = Record<Exclude<VacancyField, 'contractType'>, string> & {
  contractType: ContractType | '';
};

const LABELS: Record<VacancyField, string> = {
  title: 'Titel van de vacature',
  locationId: 'Vestiging',
  contractType: 'Soort contract',
  hoursMin: 'Minimaal aantal uren per week',
  hoursMax: 'Maximaal aantal uren per week',
  openings: 'Aantal plaatsen',
  description: 'Omschrijving',
};
const fieldId = (field: VacancyField) => `vacature-${field}`;
const HOURS = 'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.';
const isWeeklyHours = (hours: number) =>
  Number.isFinite(hours) && hours >= 1 && hours <= 40 && Number.isInteger(hours * 2);

function validate(values: Values): Partial<Record<VacancyField, string>> {
  const errors: Partial<Record<VacancyField, string>> = {};
  if (values.title.trim().length < 2) errors.title = 'Geef de vacature een titel.';
  if (!values.locationId) errors.locationId = 'Kies een vestiging van de werkgever.';
  if (!values.contractType) errors.contractType = 'Kies een contractvorm.';
  const min = parseNumber(values.hoursMin);
  const max = parseNumber(values.hoursMax);
  if (!isWeeklyHours(min)) errors.hoursMin = HOURS;
  if (!isWeeklyHours(max)) errors.hoursMax = HOURS;
  else if (isWeeklyHours(min) && max < min)
    errors.hoursMax = 'Het maximum is minstens het minimum.';
  const openings = parseNumber(values.openings);
  if (!Number.isInteger(openings) || openings < 1 || openings > 500) {
    errors.openings = 'Het aantal plaatsen is een heel getal van 1 tot en met 500.';
  }
  if (values.description.trim().length === 0) errors.description = 'Dit veld is verplicht.';
  return errors;
}

/**
 * The garantiebaan vacancy made from an accepted carved role: title, text, hours and competences
 * come from the proposal; the account manager adds the location and contract.
 */
export function JobCarvingVacancyForm({
  proposal,
  locations,
  saving,
  onSubmit,
}: JobCarvingVacancyFormProps) {
  const hours = formatNumber(proposal.hoursPerWeek, 1);
  const [values, setValues] = useState<Values>({
    title: proposal.title,
    locationId: locations.length === 1 ? locations[0].id : '',
    contractType: '',
    hoursMin: hours,
    hoursMax: hours,
    openings: '1',
    description: proposal.description,
  });
  const [errors, setErrors] = useState<Partial<Record<VacancyField, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const first = FIELDS.find((field) => errors[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  }, [errors, attempt]);

  const set = (field: VacancyField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  function show(text: string, found: Partial<Record<VacancyField, string>>) {
    setErrors(found);
    setMessage(text);
    setAttempt((n) => n + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validate(values);
    if (Object.keys(found).length > 0 || !values.contractType) {
      show('Het formulier is niet goed ingevuld.', found);
      return;
    }
    const refusal = await onSubmit({
      kind: 'GARANTIEBAAN',
      title: values.title.trim(),
      description: values.description.trim(),
      locationId: values.locationId,
      contractType: values.contractType,
      hoursMin: parseNumber(values.hoursMin),
      hoursMax: parseNumber(values.hoursMax),
      openings: parseNumber(values.openings),
      competences: proposal.competences.map((competence) => ({
        competenceCode: competence.competenceCode,
        minLevel: competence.minLevel,
        weight: competence.weight,
        requirement: competence.requirement,
      })),
    });
    if (refusal) {
      const known = Object.fromEntries(
        Object.entries(refusal.fields).filter(([field]) =>
          (FIELDS as readonly string[]).includes(field),
        ),
      );
      const other = Object.entries(refusal.fields)
        .filter(([field]) => !(FIELDS as readonly string[]).includes(field))
        .map(([, text]) => text);
      show([refusal.message, ...other].join(' '), known);
    }
  }

  const field = (name: VacancyField) => ({
    id: fieldId(name),
    label: LABELS[name],
    error: errors[name],
  });
  return (
    <form
      className="werkbrug-form"
      noValidate
      onSubmit={handleSubmit}
      aria-label="Vacature aanmaken"
    >
      {message && (
        <ErrorSummary
          key={attempt}
          message={message}
          items={FIELDS.filter((name) => errors[name]).map((name) => ({
            fieldId: fieldId(name),
            message: `${LABELS[name]}: ${errors[name]}`,
          }))}
        />
      )}
      <Paragraph>
        De vacature wordt een garantiebaan (concept) bij deze werkgever. Titel, omschrijving, uren
        en competenties komen uit het aanvaarde voorstel; pas ze zo nodig aan.
      </Paragraph>
      <TextField {...field('title')} value={values.title} onChange={set('title')} />
      <SelectField
        {...field('locationId')}
        emptyLabel="Kies een vestiging"
        options={locations.map((location) => ({
          value: location.id,
          label: `${location.name}, ${location.city}`,
        }))}
        value={values.locationId}
        onChange={set('locationId')}
      />
      <SelectField<ContractType>
        {...field('contractType')}
        emptyLabel="Kies een contract"
        options={CONTRACT_TYPES.map((value) => ({ value, label: CONTRACT_TYPE_LABELS[value] }))}
        value={values.contractType}
        onChange={(contractType) => setValues((current) => ({ ...current, contractType }))}
      />
      <TextField
        {...field('hoursMin')}
        inputMode="decimal"
        size={5}
        value={values.hoursMin}
        onChange={set('hoursMin')}
      />
      <TextField
        {...field('hoursMax')}
        inputMode="decimal"
        size={5}
        value={values.hoursMax}
        onChange={set('hoursMax')}
      />
      <TextField
        {...field('openings')}
        inputMode="numeric"
        size={4}
        value={values.openings}
        onChange={set('openings')}
      />
      <TextareaField
        {...field('description')}
        rows={5}
        value={values.description}
        onChange={set('description')}
      />
      <Paragraph>Gevraagde competenties (uit het voorstel):</Paragraph>
      {proposal.competences.length === 0 ? (
        <Paragraph>Geen.</Paragraph>
      ) : (
        <UnorderedList>
          {proposal.competences.map((competence) => (
            <UnorderedListItem key={competence.competenceCode}>
              {competence.competenceName}: minstens niveau {competence.minLevel} (
              {COMPETENCE_REQUIREMENT_LABELS[competence.requirement].toLowerCase()})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving}>
          Vacature aanmaken
        </Button>
      </ButtonGroup>
    </form>
  );
}
