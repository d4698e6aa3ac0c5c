// The consent form's values, defaults and checks, kept apart from the component so the rules are
// tested on their own. The API checks the same rules again and its field errors win.
import { defaultConsentExpiry, isIsoDate, type ConsentMethod } from '@werkbrug/domain-rules';

export type ConsentField = 'effectiveOn' | 'method' | 'expiresOn';
export const CONSENT_FIELD_ORDER: readonly ConsentField[] = ['effectiveOn', 'method', 'expiresOn'];

export interface ConsentValues {
  effectiveOn: string;
  method: ConsentMethod | '';
  expiresOn: string;
}

export type ConsentErrors = Partial<Record<ConsentField, string>>;

/** Given today, valid for a year unless the consultant agrees another term. */
export function initialConsentValues(today: string): ConsentValues {
  return { effectiveOn: today, method: '', expiresOn: defaultConsentExpiry(today) };
}

/**
 * Changing the day consent was given moves the suggested expiry along with it; an expiry the
 * consultant typed stays.
 */
export function withEffectiveOn(
  values: ConsentValues,
  effectiveOn: string,
  expiryTyped: boolean,
): ConsentValues {
  return {
    ...values,
    effectiveOn,
    expiresOn:
      !expiryTyped && isIsoDate(effectiveOn) ? defaultConsentExpiry(effectiveOn) : values.expiresOn,
  };
}

export function validateConsent(values: ConsentValues, today: string): ConsentErrors {
  const errors: ConsentErrors = {};
  if (!isIsoDate(values.effectiveOn)) errors.effectiveOn = 'Vul de datum in als JJJJ-MM-DD.';
  else if (values.effectiveOn > today)
    errors.effectiveOn = 'De datum mag niet in de toekomst liggen.';
  if (!values.method) errors.method = 'Kies hoe de inwoner toestemming gaf.';
  if (!isIsoDate(values.expiresOn)) errors.expiresOn = 'Vul de datum in als JJJJ-MM-DD.';
  else if (
    values.expiresOn <= today ||
    (isIsoDate(values.effectiveOn) && values.expiresOn <= values.effectiveOn)
  )
    errors.expiresOn = 'De toestemming moet na vandaag en na de datum van geven verlopen.';
  return errors;
}
