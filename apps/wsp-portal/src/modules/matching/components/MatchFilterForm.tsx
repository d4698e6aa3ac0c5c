import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { CheckboxField, TextField } from '../../common/components/fields.js';
import { parseNumber } from '../../common/format.js';

export interface MatchFilters {
  maxDistanceKm: number | null;
  minScore: number | null;
  doelgroepregisterOnly: boolean;
  includeOtherRegions: boolean;
}

export const DEFAULT_MATCH_FILTERS: MatchFilters = {
  maxDistanceKm: null,
  minScore: null,
  doelgroepregisterOnly: false,
  includeOtherRegions: true,
};

const text = (value: number | null) => (value === null ? '' : String(value));

export function MatchFilterForm({
  filters,
  onApply,
}: {
  filters: MatchFilters;
  onApply(filters: MatchFilters): void;
}) {
  const [distance, setDistance] = useState(text(filters.maxDistanceKm));
  const [score, setScore] = useState(text(filters.minScore));
  const [register, setRegister] = useState(filters.doelgroepregisterOnly);
  const [otherRegions, setOtherRegions] = useState(filters.includeOtherRegions);
  const [errors, setErrors] = useState<{ distance?: string; score?: string }>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const km = distance.trim() === '' ? null : parseNumber(distance);
    const min = score.trim() === '' ? null : parseNumber(score);
    const found = {
      distance:
        km !== null && !(km >= 0 && km <= 250)
          ? 'Vul 0 tot en met 250 km in, of laat het leeg.'
          : undefined,
      score:
        min !== null && !(min >= 0 && min <= 100)
          ? 'Vul een score van 0 tot en met 100 in, of laat het leeg.'
          : undefined,
    };
    setErrors(found);
    if (found.distance || found.score) {
      document.getElementById(found.distance ? 'match-afstand' : 'match-score')?.focus();
      return;
    }
    onApply({
      maxDistanceKm: km,
      minScore: min,
      doelgroepregisterOnly: register,
      includeOtherRegions: otherRegions,
    });
  }

  return (
    <form
      role="search"
      aria-label="Suggesties filteren"
      className="werkbrug-filters"
      noValidate
      onSubmit={handleSubmit}
    >
      <TextField
        id="match-afstand"
        label="Hoogstens (km)"
        inputMode="decimal"
        error={errors.distance}
        value={distance}
        onChange={setDistance}
      />
      <TextField
        id="match-score"
        label="Minimale score (0-100)"
        inputMode="numeric"
        error={errors.score}
        value={score}
        onChange={setScore}
      />
      <CheckboxField
        id="match-doelgroepregister"
        label="Alleen mensen in het doelgroepregister"
        checked={register}
        onChange={setRegister}
      />
      <CheckboxField
        id="match-andere-regios"
        label="Ook mensen uit andere regio's (binnen hun reisafstand)"
        checked={otherRegions}
        onChange={setOtherRegions}
      />
      <div className="werkbrug-filters__actions">
        <Button type="submit" appearance="primary-action-button">
          Suggesties bijwerken
        </Button>
      </div>
    </form>
  );
}
