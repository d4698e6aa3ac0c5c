import { Button, ButtonGroup } from '@utrecht/component-library-react';
import {
  VACANCY_KIND_LABELS,
  VACANCY_KINDS,
  VACANCY_STATUS_LABELS,
  VACANCY_STATUSES,
} from '@werkbrug/domain-rules';
import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../common/components/fields.js';
import { NO_VACANCY_FILTERS, type VacancyFilters } from '../filters.js';

const KIND_OPTIONS = VACANCY_KINDS.map((value) => ({ value, label: VACANCY_KIND_LABELS[value] }));
const STATUS_OPTIONS = VACANCY_STATUSES.map((value) => ({
  value,
  label: VACANCY_STATUS_LABELS[value],
}));

export interface VacancyFilterFormProps {
  filters: VacancyFilters;
  /** The matching page shows open vacancies only, so it offers no status. */
  withStatus?: boolean;
  onApply(filters: VacancyFilters): void;
}

export function VacancyFilterForm({ filters, withStatus = true, onApply }: VacancyFilterFormProps) {
  const [draft, setDraft] = useState(filters);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form
      role="search"
      aria-label="Vacatures zoeken"
      className="werkbrug-filters"
      onSubmit={handleSubmit}
    >
      <TextField
        id="vacature-zoek"
        label="Functie"
        type="search"
        value={draft.search}
        onChange={(search) => setDraft((current) => ({ ...current, search }))}
      />
      {withStatus && (
        <SelectField
          id="vacature-status"
          label="Status"
          emptyLabel="Alle"
          options={STATUS_OPTIONS}
          value={draft.status}
          onChange={(status) => setDraft((current) => ({ ...current, status }))}
        />
      )}
      <SelectField
        id="vacature-soort"
        label="Soort"
        emptyLabel="Alle"
        options={KIND_OPTIONS}
        value={draft.kind}
        onChange={(kind) => setDraft((current) => ({ ...current, kind }))}
      />
      <ButtonGroup className="werkbrug-filters__actions">
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => onApply(NO_VACANCY_FILTERS)}
        >
          Filters wissen
        </Button>
      </ButtonGroup>
    </form>
  );
}
