import { isIsoDate } from '@werkbrug/domain-rules';
import type {
  AftercareOutcome,
  ContactChannel,
  RecordAftercareCheckInInput,
} from '../../gql/graphql.js';

export interface CheckInValues {
  outcome: AftercareOutcome | '';
  channel: ContactChannel | '';
  date: string;
  note: string;
}

export type CheckInField = keyof CheckInValues;
export type CheckInErrors = Partial<Record<CheckInField, string>>;

export const CHECK_IN_FIELD_ORDER: readonly CheckInField[] = ['outcome', 'channel', 'date', 'note'];
export const MAX_NOTE_LENGTH = 2000;

/** What the API checks too, shown before saving: a choice, a contact day not in the future. */
export function validateCheckIn(
  values: CheckInValues,
  limits: { today: string; startDate: string },
): CheckInErrors {
  const errors: CheckInErrors = {};
  if (!values.outcome) errors.outcome = 'Kies hoe het gaat.';
  if (!values.channel) errors.channel = 'Kies hoe u contact had.';
  if (!isIsoDate(values.date)) errors.date = 'Vul de datum van het contact in.';
  else if (values.date > limits.today)
    errors.date = 'De datum van het contact mag niet in de toekomst liggen.';
  else if (values.date < limits.startDate)
    errors.date = 'De datum van het contact ligt voor de begindatum van de plaatsing.';
  if (values.note.length > MAX_NOTE_LENGTH)
    errors.note = `Houd de notitie onder ${MAX_NOTE_LENGTH} tekens.`;
  return errors;
}

export function checkInInputFrom(values: CheckInValues): RecordAftercareCheckInInput {
  return {
    outcome: values.outcome as AftercareOutcome,
    channel: values.channel as ContactChannel,
    date: values.date,
    note: values.note.trim() || null,
  };
}
