// Values, checks and API inputs of the CRM forms on the employer page (contact moments and
// agreements). The API checks the same rules again; its field errors win.
import {
  isIsoDate,
  isValidAgreementPeriod,
  type AgreementKind,
  type AgreementStatus,
  type ContactChannel,
} from '@werkbrug/domain-rules';

export const MAX_NOTE = 2000;

export type ContactMomentField = 'contactedOn' | 'channel' | 'subject' | 'note';
export const CONTACT_MOMENT_FIELDS: readonly ContactMomentField[] = [
  'contactedOn',
  'channel',
  'subject',
  'note',
];

export interface ContactMomentValues {
  contactedOn: string;
  channel: ContactChannel | '';
  subject: string;
  note: string;
}

export type FormErrors<F extends string> = Partial<Record<F, string>>;

export const emptyContactMoment = (today: string): ContactMomentValues => ({
  contactedOn: today,
  channel: '',
  subject: '',
  note: '',
});

/** An existing contact moment as form values, for editing. */
export const contactMomentValues = (moment: {
  contactedOn: string;
  channel: ContactChannel;
  subject: string;
  note: string | null;
}): ContactMomentValues => ({
  contactedOn: moment.contactedOn,
  channel: moment.channel,
  subject: moment.subject,
  note: moment.note ?? '',
});

export function validateContactMoment(
  values: ContactMomentValues,
  today: string,
): FormErrors<ContactMomentField> {
  const errors: FormErrors<ContactMomentField> = {};
  if (!isIsoDate(values.contactedOn)) errors.contactedOn = 'Vul de datum in als JJJJ-MM-DD.';
  else if (values.contactedOn > today)
    errors.contactedOn = 'Een contactmoment kan niet in de toekomst liggen.';
  if (!values.channel) errors.channel = 'Kies hoe het contact was.';
  if (!values.subject.trim()) errors.subject = 'Vul het onderwerp in.';
  else if (values.subject.trim().length > 200) errors.subject = 'Hoogstens 200 tekens.';
  if (values.note.trim().length > MAX_NOTE) errors.note = `Hoogstens ${MAX_NOTE} tekens.`;
  return errors;
}

export const contactMomentInput = (values: ContactMomentValues) => ({
  contactedOn: values.contactedOn,
  channel: values.channel as ContactChannel,
  subject: values.subject.trim(),
  note: values.note.trim() || null,
});

export type AgreementField = 'kind' | 'description' | 'places' | 'validFrom' | 'validTo' | 'status';
export const AGREEMENT_FIELDS: readonly AgreementField[] = [
  'kind',
  'description',
  'places',
  'validFrom',
  'validTo',
  'status',
];

export interface AgreementValues {
  kind: AgreementKind | '';
  description: string;
  places: string;
  validFrom: string;
  validTo: string;
  status: AgreementStatus;
}

export const emptyAgreement = (today: string): AgreementValues => ({
  kind: '',
  description: '',
  places: '',
  validFrom: today,
  validTo: '',
  status: 'ACTIVE',
});

/** An existing agreement as form values, for editing. */
export const agreementValues = (agreement: {
  kind: AgreementKind;
  description: string;
  places: number | null;
  validFrom: string;
  validTo: string | null;
  status: AgreementStatus;
}): AgreementValues => ({
  kind: agreement.kind,
  description: agreement.description,
  places: agreement.places === null ? '' : String(agreement.places),
  validFrom: agreement.validFrom,
  validTo: agreement.validTo ?? '',
  status: agreement.status,
});

export function validateAgreement(values: AgreementValues): FormErrors<AgreementField> {
  const errors: FormErrors<AgreementField> = {};
  if (!values.kind) errors.kind = 'Kies het soort afspraak.';
  if (!values.description.trim()) errors.description = 'Beschrijf de afspraak.';
  else if (values.description.trim().length > MAX_NOTE)
    errors.description = `Hoogstens ${MAX_NOTE} tekens.`;
  const places = values.places.trim();
  if (places && !(/^\d+$/.test(places) && Number(places) >= 1 && Number(places) <= 10000))
    errors.places = 'Vul een heel aantal plaatsen in (1 tot en met 10000), of laat het leeg.';
  if (!isIsoDate(values.validFrom)) errors.validFrom = 'Vul de datum in als JJJJ-MM-DD.';
  if (values.validTo && !isIsoDate(values.validTo))
    errors.validTo = 'Vul de datum in als JJJJ-MM-DD, of laat het leeg.';
  else if (
    values.validTo &&
    isIsoDate(values.validFrom) &&
    !isValidAgreementPeriod(values.validFrom, values.validTo)
  )
    errors.validTo = 'De einddatum mag niet voor de begindatum liggen.';
  return errors;
}

export const agreementInput = (values: AgreementValues) => ({
  kind: values.kind as AgreementKind,
  description: values.description.trim(),
  places: values.places.trim() ? Number(values.places.trim()) : null,
  validFrom: values.validFrom,
  validTo: values.validTo || null,
  status: values.status,
});
