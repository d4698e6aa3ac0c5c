import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Paragraph,
} from '@utrecht/component-library-react';
import {
  CLIENT_PROFILE_LABELS,
  CLIENT_PROFILES,
  EARNING_CAPACITY_BAND_LABELS,
  PARTICIPATION_STEPS,
  PERSPECTIVE_GROUP_LABELS,
  PERSPECTIVE_GROUPS,
  TRANSPORT_MODE_LABELS,
  TRANSPORT_MODES,
  WORK_SECTOR_LABELS,
  WORK_SECTORS,
} from '@werkbrug/domain-rules';
import { ErrorSummary } from '@werkbrug/ui';
import { useEffect, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql/index.js';
import type { ProfileForm_JobSeekerFragment, UpdateJobSeekerInput } from '../../../gql/graphql.js';
import {
  CheckboxField,
  CheckboxGroupField,
  RadioGroupField,
  SelectField,
  TextareaField,
  TextField,
} from '../../common/components/fields.js';
import type { ActionError } from '../../common/errors.js';
import { participationStepDescription, participationStepLabel } from '../labels.js';
import {
  bandOf,
  PROFILE_FIELD_ORDER,
  profileValuesFrom,
  updateInputFrom,
  validateProfile,
  type ProfileErrors,
  type ProfileField,
  type ProfileValues,
} from '../profileForm.js';

export const ProfileFormFragment = graphql(`
  fragment ProfileForm_jobSeeker on JobSeeker {
    id
    participationStep
    earningCapacityPercent
    loonwaardePercent
    clientProfile
    perspectiveGroup
    doelgroepregister
    indicatieBeschutWerk
    wswOud
    statushouder
    hoursAvailable
    maxTravelKm
    maxTravelMinutes
    transportModes
    hasDrivingLicence
    sectorPreferences
    postcode
    email
    phone
    workLimitations
  }
`);

export interface ProfileFormProps {
  jobSeeker: ProfileForm_JobSeekerFragment;
  /** Only the file's own consultant sees and sets work limitations. */
  canEditWorkLimitations: boolean;
  saving: boolean;
  /** Saves; resolves with the API's refusal, or null when saved. */
  onSubmit(input: UpdateJobSeekerInput): Promise<ActionError | null>;
  onCancel(): void;
}

const FIELD_ID = (field: ProfileField) => `profiel-${field}`;
/** Where the error summary sends the user: the first option of a group, the input otherwise. */
const INPUT_ID = (field: ProfileField) =>
  ['participationStep', 'transportModes', 'sectorPreferences'].includes(field)
    ? `${FIELD_ID(field)}-0`
    : FIELD_ID(field);

const LABELS: Record<ProfileField, string> = {
  participationStep: 'Trede op de participatieladder',
  earningCapacityPercent: 'Verdiencapaciteit (% van het minimumloon)',
  loonwaardePercent: 'Loonwaarde (%)',
  clientProfile: 'Klantprofiel',
  perspectiveGroup: 'Perspectief',
  doelgroepregister: 'In het doelgroepregister',
  indicatieBeschutWerk: 'Indicatie beschut werk',
  wswOud: 'Wsw-oud',
  statushouder: 'Statushouder',
  hoursAvailable: 'Beschikbaar (uren per week)',
  maxTravelKm: 'Reisafstand enkele reis (km)',
  maxTravelMinutes: 'Reistijd enkele reis (minuten)',
  transportModes: 'Vervoer',
  hasDrivingLicence: 'Heeft een rijbewijs B',
  sectorPreferences: 'Voorkeur voor sectoren',
  postcode: 'Postcode',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  workLimitations: 'Arbeidsbeperkingen',
};

/**
 * The profile of a file: participation, earning capacity and loonwaarde, target groups, hours,
 * travel and preferences. Checked here first, then by the API; its messages appear at the fields.
 * What was typed stays until it is saved.
 */
export function ProfileForm({
  jobSeeker,
  canEditWorkLimitations,
  saving,
  onSubmit,
  onCancel,
}: ProfileFormProps) {
  const [values, setValues] = useState<ProfileValues>(() => profileValuesFrom(jobSeeker));
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [focusField, setFocusField] = useState<ProfileField | null>(null);

  useEffect(() => {
    if (!focusField) return;
    document.getElementById(INPUT_ID(focusField))?.focus();
    setFocusField(null);
  }, [focusField, attempt]);

  const set =
    <K extends ProfileField>(field: K) =>
    (value: ProfileValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  function showErrors(message: string, fieldErrors: ProfileErrors) {
    setErrors(fieldErrors);
    setSummary(message);
    setAttempt((n) => n + 1);
    setFocusField(PROFILE_FIELD_ORDER.find((field) => fieldErrors[field]) ?? null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validateProfile(values);
    if (Object.keys(found).length > 0) {
      showErrors('Het formulier is niet goed ingevuld.', found);
      return;
    }
    const refusal = await onSubmit(
      updateInputFrom(values, { includeWorkLimitations: canEditWorkLimitations }),
    );
    if (refusal) {
      const known = Object.fromEntries(
        Object.entries(refusal.fields).filter(([field]) => field in LABELS),
      ) as ProfileErrors;
      const unknown = Object.entries(refusal.fields)
        .filter(([field]) => !(field in LABELS))
        .map(([, message]) => message);
      showErrors([refusal.message, ...unknown].join(' '), known);
    }
  }

  const band = bandOf(values.earningCapacityPercent);
  const listed = PROFILE_FIELD_ORDER.filter((field) => errors[field]).map((field) => ({
    fieldId: INPUT_ID(field),
    message: `${LABELS[field]}: ${errors[field]}`,
  }));
  const field = (name: ProfileField) => ({
    id: FIELD_ID(name),
    label: LABELS[name],
    error: errors[name],
  });

  return (
    <form className="werkbrug-form" noValidate onSubmit={handleSubmit}>
      {summary && <ErrorSummary key={attempt} message={summary} items={listed} />}

      <RadioGroupField
        id={FIELD_ID('participationStep')}
        legend={LABELS.participationStep}
        error={errors.participationStep}
        value={values.participationStep}
        onChange={set('participationStep')}
        options={PARTICIPATION_STEPS.map((step) => ({
          value: String(step),
          label: participationStepLabel(step),
          description: participationStepDescription(step),
        }))}
      />

      <Fieldset>
        <FieldsetLegend>Verdiencapaciteit en loonwaarde</FieldsetLegend>
        <TextField
          {...field('earningCapacityPercent')}
          inputMode="numeric"
          size={5}
          description={
            band
              ? `Valt in de groep ${EARNING_CAPACITY_BAND_LABELS[band]}.`
              : 'Een heel percentage van 0 tot en met 100; de groep volgt hieruit.'
          }
          value={values.earningCapacityPercent}
          onChange={set('earningCapacityPercent')}
        />
        <TextField
          {...field('loonwaardePercent')}
          inputMode="numeric"
          size={5}
          description="Gemeten op de werkplek, als % van het loon voor de functie. Leeg als er nog niet gemeten is."
          value={values.loonwaardePercent}
          onChange={set('loonwaardePercent')}
        />
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Perspectief</FieldsetLegend>
        <SelectField
          {...field('clientProfile')}
          emptyLabel="Niet vastgesteld"
          options={CLIENT_PROFILES.map((profile) => ({
            value: String(profile),
            label: CLIENT_PROFILE_LABELS[profile],
          }))}
          value={values.clientProfile}
          onChange={set('clientProfile')}
        />
        <SelectField
          {...field('perspectiveGroup')}
          emptyLabel="Niet vastgesteld"
          options={PERSPECTIVE_GROUPS.map((group) => ({
            value: String(group),
            label: PERSPECTIVE_GROUP_LABELS[group],
          }))}
          value={values.perspectiveGroup}
          onChange={set('perspectiveGroup')}
        />
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Doelgroep</FieldsetLegend>
        <CheckboxField
          {...field('doelgroepregister')}
          description="Geregistreerd door UWV; nodig voor een garantiebaan."
          checked={values.doelgroepregister}
          onChange={set('doelgroepregister')}
        />
        <CheckboxField
          {...field('indicatieBeschutWerk')}
          checked={values.indicatieBeschutWerk}
          onChange={set('indicatieBeschutWerk')}
        />
        <CheckboxField {...field('wswOud')} checked={values.wswOud} onChange={set('wswOud')} />
        <CheckboxField
          {...field('statushouder')}
          checked={values.statushouder}
          onChange={set('statushouder')}
        />
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Beschikbaarheid en reizen</FieldsetLegend>
        <TextField
          {...field('hoursAvailable')}
          inputMode="decimal"
          size={5}
          description="0 tot en met 40, in hele of halve uren."
          value={values.hoursAvailable}
          onChange={set('hoursAvailable')}
        />
        <TextField
          {...field('maxTravelKm')}
          inputMode="numeric"
          size={5}
          value={values.maxTravelKm}
          onChange={set('maxTravelKm')}
        />
        <TextField
          {...field('maxTravelMinutes')}
          inputMode="numeric"
          size={5}
          description="De wet vraagt tot 3 uur reistijd per dag, heen en terug."
          value={values.maxTravelMinutes}
          onChange={set('maxTravelMinutes')}
        />
        <CheckboxGroupField
          id={FIELD_ID('transportModes')}
          legend={LABELS.transportModes}
          error={errors.transportModes}
          options={TRANSPORT_MODES.map((mode) => ({
            value: mode,
            label: TRANSPORT_MODE_LABELS[mode],
          }))}
          values={values.transportModes}
          onChange={set('transportModes')}
        />
        <CheckboxField
          {...field('hasDrivingLicence')}
          checked={values.hasDrivingLicence}
          onChange={set('hasDrivingLicence')}
        />
      </Fieldset>

      <CheckboxGroupField
        id={FIELD_ID('sectorPreferences')}
        legend={LABELS.sectorPreferences}
        error={errors.sectorPreferences}
        options={WORK_SECTORS.map((sector) => ({
          value: sector,
          label: WORK_SECTOR_LABELS[sector],
        }))}
        values={values.sectorPreferences}
        onChange={set('sectorPreferences')}
      />

      <Fieldset>
        <FieldsetLegend>Contact</FieldsetLegend>
        <TextField
          {...field('postcode')}
          autoComplete="off"
          size={8}
          value={values.postcode}
          onChange={set('postcode')}
        />
        <TextField
          {...field('email')}
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={set('email')}
        />
        <TextField
          {...field('phone')}
          type="tel"
          autoComplete="off"
          value={values.phone}
          onChange={set('phone')}
        />
      </Fieldset>

      {canEditWorkLimitations && (
        <TextareaField
          {...field('workLimitations')}
          description="Gezondheidsgegevens: alleen zichtbaar voor u als consulent van dit dossier. Leeg als er geen beperkingen zijn."
          rows={4}
          value={values.workLimitations}
          onChange={set('workLimitations')}
        />
      )}

      <Paragraph>Wijzigingen gelden pas na opslaan.</Paragraph>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving}>
          {saving ? 'Bezig met opslaan…' : 'Profiel opslaan'}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
