import { Button, ButtonGroup } from '@utrecht/component-library-react';
import {
  CONSENT_STATUS_LABELS,
  CONSENT_STATUSES,
  EARNING_CAPACITY_BAND_LABELS,
  EARNING_CAPACITY_BANDS,
} from '@werkbrug/domain-rules';
import { useState, type FormEvent } from 'react';
import { SelectField, TextField, type Option } from '../../common/components/fields.js';
import { EMPTY_FILTERS, type JobSeekerFilters, type YesNoFilter } from '../filters.js';

export interface JobSeekerFilterFormProps {
  /** The filters applied now. */
  filters: JobSeekerFilters;
  /** Regions the user serves; a region choice is offered when there is more than one. */
  regions: readonly Option[];
  /** Municipalities of the chosen (or only) region; empty while unknown. */
  municipalities: readonly Option[];
  onApply(filters: JobSeekerFilters): void;
}

const YES_NO: readonly Option<Exclude<YesNoFilter, ''>>[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];

const CONSENT_OPTIONS = CONSENT_STATUSES.map((value) => ({
  value,
  label: CONSENT_STATUS_LABELS[value],
}));
const BAND_OPTIONS = EARNING_CAPACITY_BANDS.map((value) => ({
  value,
  label: EARNING_CAPACITY_BAND_LABELS[value],
}));
const AVAILABILITY_OPTIONS = [
  { value: 'verlopen' as const, label: 'Langer dan 90 dagen niet bevestigd' },
];

/** Search and filters for the job-seeker list; applied with the button, not on every keystroke. */
export function JobSeekerFilterForm({
  filters,
  regions,
  municipalities,
  onApply,
}: JobSeekerFilterFormProps) {
  const [draft, setDraft] = useState(filters);
  const set =
    <K extends keyof JobSeekerFilters>(key: K) =>
    (value: JobSeekerFilters[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));
  // Municipalities belong to the region that is applied; a new region choice needs applying first.
  const municipalityChoice = regions.length <= 1 || draft.regionCode === filters.regionCode;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  function handleClear() {
    setDraft(EMPTY_FILTERS);
    onApply(EMPTY_FILTERS);
  }

  return (
    <form
      role="search"
      aria-label="Dossiers zoeken"
      className="werkbrug-filters"
      onSubmit={handleSubmit}
    >
      <TextField
        id="filter-zoek"
        label="Naam of kandidaatnummer"
        type="search"
        value={draft.search}
        onChange={set('search')}
      />
      {regions.length > 1 && (
        <SelectField
          id="filter-regio"
          label="Arbeidsmarktregio"
          emptyLabel="Alle regio's"
          options={regions}
          value={draft.regionCode}
          onChange={(regionCode) =>
            setDraft((current) => ({ ...current, regionCode, municipalityCode: '' }))
          }
        />
      )}
      <SelectField
        id="filter-gemeente"
        label="Gemeente"
        emptyLabel="Alle gemeenten"
        description={municipalityChoice ? undefined : 'Kies eerst een regio en klik op Zoeken.'}
        disabled={!municipalityChoice || municipalities.length === 0}
        options={municipalities}
        value={draft.municipalityCode}
        onChange={set('municipalityCode')}
      />
      <SelectField
        id="filter-toestemming"
        label="Toestemming"
        emptyLabel="Alle"
        options={CONSENT_OPTIONS}
        value={draft.consentStatus}
        onChange={set('consentStatus')}
      />
      <SelectField
        id="filter-verdiencapaciteit"
        label="Verdiencapaciteit"
        emptyLabel="Alle"
        options={BAND_OPTIONS}
        value={draft.earningCapacityBand}
        onChange={set('earningCapacityBand')}
      />
      <SelectField
        id="filter-doelgroepregister"
        label="In het doelgroepregister"
        emptyLabel="Alle"
        options={YES_NO}
        value={draft.doelgroepregister}
        onChange={set('doelgroepregister')}
      />
      <SelectField
        id="filter-beschut"
        label="Indicatie beschut werk"
        emptyLabel="Alle"
        options={YES_NO}
        value={draft.indicatieBeschutWerk}
        onChange={set('indicatieBeschutWerk')}
      />
      <SelectField
        id="filter-beschikbaarheid"
        label="Beschikbaarheid"
        emptyLabel="Alle"
        options={AVAILABILITY_OPTIONS}
        value={draft.availability}
        onChange={set('availability')}
      />
      <ButtonGroup className="werkbrug-filters__actions">
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={handleClear}>
          Filters wissen
        </Button>
      </ButtonGroup>
    </form>
  );
}
