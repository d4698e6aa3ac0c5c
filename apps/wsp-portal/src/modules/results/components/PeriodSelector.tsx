import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { SelectField } from '../../common/components/fields.js';
import { quarterOptions, yearOptions, type ResultsPeriod } from '../period.js';

export interface PeriodSelectorProps {
  period: ResultsPeriod;
  today: Date;
  onChange(period: ResultsPeriod): void;
}

/** Year and (optionally) quarter; applied with a button so the page does not jump while choosing. */
export function PeriodSelector({ period, today, onChange }: PeriodSelectorProps) {
  const [year, setYear] = useState(String(period.year));
  const [quarter, setQuarter] = useState(period.quarter === null ? '' : String(period.quarter));
  const quarters = quarterOptions(Number(year), today);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = Number(quarter);
    onChange({ year: Number(year), quarter: quarters.includes(chosen) ? chosen : null });
  }

  return (
    <form
      role="search"
      aria-label="Periode kiezen"
      className="werkbrug-filters"
      onSubmit={handleSubmit}
    >
      <SelectField
        id="resultaten-jaar"
        label="Jaar"
        options={yearOptions(today).map((option) => ({
          value: String(option),
          label: String(option),
        }))}
        value={year}
        onChange={(value) => setYear(value || year)}
      />
      <SelectField
        id="resultaten-kwartaal"
        label="Kwartaal"
        description="Zonder kwartaal: het hele jaar, tot en met het laatste afgesloten kwartaal."
        emptyLabel="Hele jaar"
        options={quarters.map((option) => ({
          value: String(option),
          label: `${option}e kwartaal`,
        }))}
        value={quarters.includes(Number(quarter)) ? quarter : ''}
        onChange={setQuarter}
      />
      <ButtonGroup className="werkbrug-filters__actions">
        <Button type="submit" appearance="primary-action-button">
          Periode tonen
        </Button>
      </ButtonGroup>
    </form>
  );
}
