import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import {
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPES,
  VACANCY_KIND_LABELS,
  VACANCY_KINDS,
  WORK_SECTOR_LABELS,
  WORK_SECTORS,
  type ContractType,
  type VacancyKind,
  type WorkSector,
} from '@werkbrug/domain-rules';
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  fieldErrorsFrom,
  firstInvalid,
  type FormError,
  RadioGroup,
  RouterButtonLink,
  summaryItems,
} from '@werkbrug/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { graphql } from '../../../gql/index.js';
import { CompetencePicker, competenceRowId } from '../../competence/components/CompetencePicker.js';
import {
  competenceRowOf,
  CONTRACT_FOR_KIND,
  MAX_COMPETENCES,
  VACANCY_FIELDS,
  vacancyFieldKey,
  validateVacancy,
  type VacancyField,
  type VacancyValues,
} from '../vacancyForm.js';

export const VacancyFormFragment = graphql(`
  fragment VacancyForm_vacancy on Vacancy {
    id
    kind
    status
    title
    description
    sector
    hoursMin
    hoursMax
    openings
    contractType
    wageMinCents
    wageMaxCents
    startsOn
    closesOn
    location {
      id
    }
    competences {
      minLevel
      requirement
      weight
      competence {
        code
        label
        group
      }
    }
  }
`);

const KIND_DESCRIPTIONS: Record<VacancyKind, string> = {
  REGULAR: 'Een gewone baan voor iedereen die het werk kan doen.',
  GARANTIEBAAN:
    'Telt mee voor de banenafspraak. Alleen voor mensen die in het doelgroepregister staan.',
  SHELTERED: 'Werk met aangepaste begeleiding, voor mensen met een indicatie beschut werk.',
  WORK_LEARN: 'Werken en leren tegelijk, om ervaring en vaardigheden op te doen.',
  TRIAL: 'Een proefplaatsing van hoogstens twee maanden; de kandidaat houdt de uitkering.',
  VOLUNTEER: 'Onbetaald werk, voor mensen die nog niet aan betaald werk toe zijn.',
};

export interface VacancyFormLocation {
  id: string;
  name: string;
  city: string;
}

export interface VacancyFormProps {
  initialValues: VacancyValues;
  locations: readonly VacancyFormLocation[];
  onSubmit(values: VacancyValues, options: { publish: boolean }): Promise<void> | void;
  /** The API's answer to the last attempt. */
  error?: FormError | null;
  busy?: boolean;
  submitLabel: string;
  /** Offers "save and publish" next to saving (for a draft). */
  canPublish: boolean;
  cancelTo: string;
}

const ID = 'vacature';
const idOf = (field: VacancyField) => `${ID}-${field}`;

/**
 * Every kind of vacancy in one form. Checks what it can before sending; the API's own field
 * errors land at the same fields; what was typed stays, whatever the outcome.
 */
export function VacancyForm({
  initialValues,
  locations,
  onSubmit,
  error = null,
  busy = false,
  submitLabel,
  canPublish,
  cancelTo,
}: VacancyFormProps) {
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldErrors<VacancyField>>({});
  const [attempt, setAttempt] = useState(0);

  const serverErrors = error ? fieldErrorsFrom(error.fields, vacancyFieldKey) : {};
  const rowErrors: Record<number, string> = {};
  for (const { path, message } of error?.fields ?? []) {
    const row = competenceRowOf(path);
    if (row !== null) rowErrors[row] ??= message;
  }
  const errors: FieldErrors<VacancyField> = { ...serverErrors, ...clientErrors };
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const message = hasClientErrors ? 'Het formulier is niet goed ingevuld.' : error?.message;
  const items = [
    ...summaryItems(VACANCY_FIELDS, errors, idOf),
    ...Object.entries(rowErrors).flatMap(([row, text]) => {
      const choice = values.competences[Number(row)];
      return choice
        ? [
            {
              fieldId: competenceRowId(idOf('competences'), choice.code),
              message: `${choice.label}: ${text}`,
            },
          ]
        : [];
    }),
  ];

  function set<Field extends keyof VacancyValues>(field: Field, value: VacancyValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function chooseKind(kind: VacancyKind) {
    const contract = CONTRACT_FOR_KIND[kind];
    setValues((current) => ({ ...current, kind, contractType: contract ?? current.contractType }));
  }

  async function submit(publish: boolean) {
    if (busy) return;
    const found = validateVacancy(values);
    setClientErrors(found);
    setAttempt((n) => n + 1);
    // A long form: the error summary at the top takes the focus and links to each field.
    if (firstInvalid(VACANCY_FIELDS, found)) return;
    await onSubmit(values, { publish });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(false);
  }

  const text = (
    field: 'title' | 'hoursMin' | 'hoursMax' | 'openings' | 'wageMin' | 'wageMax',
    label: string,
    description?: ReactNode,
    inputMode?: 'decimal' | 'numeric',
  ) => (
    <Field id={idOf(field)} label={label} description={description} error={errors[field]}>
      {(control) => (
        <Textbox
          {...control}
          name={field}
          inputMode={inputMode}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </Field>
  );

  const date = (field: 'startsOn' | 'closesOn', label: string, description: string) => (
    <Field id={idOf(field)} label={label} description={description} error={errors[field]}>
      {(control) => (
        <Textbox
          {...control}
          name={field}
          type="date"
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </Field>
  );

  const unpaid = values.kind === 'VOLUNTEER' || values.contractType === 'UNPAID';

  return (
    <form className="werkbrug-form" noValidate onSubmit={handleSubmit}>
      {message && <ErrorSummary key={attempt} message={message} items={items} focusOnMount />}

      <Heading level={2}>Soort vacature</Heading>
      <RadioGroup<VacancyKind>
        id={idOf('kind')}
        name="kind"
        legend="Wat voor plek biedt u aan?"
        error={errors.kind}
        options={VACANCY_KINDS.map((kind) => ({
          value: kind,
          label: VACANCY_KIND_LABELS[kind],
          description: KIND_DESCRIPTIONS[kind],
        }))}
        value={values.kind}
        onChange={chooseKind}
      />

      <Heading level={2}>Het werk</Heading>
      {text('title', 'Titel', 'Bijvoorbeeld "Medewerker magazijn".')}
      <Field
        id={idOf('description')}
        label="Omschrijving"
        description="Wat gaat iemand doen, en wat maakt het werk geschikt?"
        error={errors.description}
      >
        {(control) => (
          <Textarea
            {...control}
            name="description"
            rows={6}
            value={values.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </Field>
      <Field id={idOf('sector')} label="Sector (niet verplicht)" error={errors.sector}>
        {(control) => (
          <Select
            {...control}
            name="sector"
            value={values.sector}
            onChange={(event) => set('sector', event.target.value as WorkSector | '')}
          >
            <SelectOption value="">Geen sector gekozen</SelectOption>
            {WORK_SECTORS.map((sector) => (
              <SelectOption key={sector} value={sector}>
                {WORK_SECTOR_LABELS[sector]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>

      <Heading level={2}>Uren en plaatsen</Heading>
      <div className="werkbrug-inline-fields">
        {text(
          'hoursMin',
          'Minimaal aantal uren per week',
          '1 tot en met 40, in hele of halve uren.',
          'decimal',
        )}
        {text(
          'hoursMax',
          'Maximaal aantal uren per week',
          'Gelijk aan het minimum bij vaste uren.',
          'decimal',
        )}
      </div>
      {text('openings', 'Aantal plaatsen', undefined, 'numeric')}

      <Heading level={2}>Contract en loon</Heading>
      <Field id={idOf('contractType')} label="Contractvorm" error={errors.contractType}>
        {(control) => (
          <Select
            {...control}
            name="contractType"
            value={values.contractType}
            onChange={(event) => set('contractType', event.target.value as ContractType | '')}
          >
            <SelectOption value="">Kies een contractvorm</SelectOption>
            {CONTRACT_TYPES.map((type) => (
              <SelectOption key={type} value={type}>
                {CONTRACT_TYPE_LABELS[type]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      {unpaid && <Paragraph>Onbetaald werk heeft geen loon: laat de loonvelden leeg.</Paragraph>}
      <div className="werkbrug-inline-fields">
        {text(
          'wageMin',
          'Bruto uurloon vanaf, in euro (niet verplicht)',
          'Bijvoorbeeld 14,50.',
          'decimal',
        )}
        {text(
          'wageMax',
          'Bruto uurloon tot en met, in euro (niet verplicht)',
          'Leeg bij één vast uurloon.',
          'decimal',
        )}
      </div>

      <Heading level={2}>Waar en wanneer</Heading>
      <Field id={idOf('locationId')} label="Vestiging" error={errors.locationId}>
        {(control) => (
          <Select
            {...control}
            name="locationId"
            value={values.locationId}
            onChange={(event) => set('locationId', event.target.value)}
          >
            <SelectOption value="">Kies een vestiging</SelectOption>
            {locations.map((location) => (
              <SelectOption key={location.id} value={location.id}>
                {location.name}, {location.city}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      {date('startsOn', 'Startdatum (niet verplicht)', 'Wanneer het werk begint.')}
      {date('closesOn', 'Sluitingsdatum (niet verplicht)', 'Tot wanneer u kandidaten zoekt.')}

      <Heading level={2}>Competenties</Heading>
      <Paragraph>
        Welke competenties vraagt het werk, en op welk niveau? Het werkgeversservicepunt zoekt
        daarmee kandidaten die bij het werk passen.
      </Paragraph>
      <CompetencePicker
        id={idOf('competences')}
        value={values.competences}
        onChange={(competences) => set('competences', competences)}
        error={errors.competences}
        rowErrors={rowErrors}
        max={MAX_COMPETENCES}
      />

      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {submitLabel}
        </Button>
        {canPublish && (
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={busy}
            onClick={() => void submit(true)}
          >
            Opslaan en publiceren
          </Button>
        )}
        <RouterButtonLink to={cancelTo} appearance="subtle-button">
          Annuleren
        </RouterButtonLink>
      </ButtonGroup>
    </form>
  );
}
