import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  firstInvalid,
  type FormError,
  formErrorFrom,
  RouterLink,
  summaryItems,
} from '@werkbrug/ui';
import { useState, type FormEvent } from 'react';
import type { RequestIntroductionsMutation as Result } from '../../../gql/graphql.js';
import { RequestIntroductionsMutation } from '../graphql/introductionRequest.js';

export const MAX_PROPOSED_DATES = 3;
const MAX_MESSAGE = 1000;
const DATE_KEYS = ['date0', 'date1', 'date2'] as const;
type Key = 'candidates' | 'message' | (typeof DATE_KEYS)[number];
const ORDER: readonly Key[] = ['candidates', 'message', ...DATE_KEYS];

export interface SelectedCandidate {
  candidateNumber: number;
  candidateLabel: string;
}

export interface IntroductionRequestFormProps {
  vacancyId: string;
  /** The candidates ticked on the page, in page order. */
  selected: readonly SelectedCandidate[];
  /** The id of the candidate checkboxes' group, for the error summary's link. */
  candidatesFieldId: string;
  /** Today as YYYY-MM-DD (the API refuses today and earlier). */
  today: string;
  onRequested?(): void;
}

const idOf = (key: Key, candidatesFieldId: string) =>
  key === 'candidates' ? candidatesFieldId : `kennismaking-${key}`;

/** The API's path for a date (`input.proposedDates.1`) → the field it was typed in. */
function keyOfPath(path: string, sentFrom: readonly number[]): Key | null {
  if (path === 'input.message') return 'message';
  if (path === 'input.candidateNumbers') return 'candidates';
  if (path === 'input.proposedDates') return 'date0';
  const match = /^input\.proposedDates\.(\d+)$/.exec(path);
  const field = match ? sentFrom[Number(match[1])] : undefined;
  return field === undefined ? null : DATE_KEYS[field]!;
}

function validate(
  selected: readonly SelectedCandidate[],
  message: string,
  dates: readonly string[],
  today: string,
): FieldErrors<Key> {
  const errors: FieldErrors<Key> = {};
  if (selected.length === 0) errors.candidates = 'Kies minstens één kandidaat.';
  if (selected.length > 10) errors.candidates = 'Kies hoogstens 10 kandidaten tegelijk.';
  if (message.trim().length > MAX_MESSAGE)
    errors.message = `Hoogstens ${MAX_MESSAGE} tekens; nu ${message.trim().length}.`;
  dates.forEach((date, i) => {
    if (date !== '' && date <= today) errors[DATE_KEYS[i]!] = 'Kies een datum na vandaag.';
  });
  return errors;
}

/**
 * Asks the WSP for a first meeting with the ticked candidates: a short message and up to three
 * dates. What was typed stays after an error; after success the answer per candidate is shown.
 */
export function IntroductionRequestForm({
  vacancyId,
  selected,
  candidatesFieldId,
  today,
  onRequested,
}: IntroductionRequestFormProps) {
  const [message, setMessage] = useState('');
  const [dates, setDates] = useState<string[]>(['', '', '']);
  const [clientErrors, setClientErrors] = useState<FieldErrors<Key>>({});
  const [serverError, setServerError] = useState<{ error: FormError; sentFrom: number[] } | null>(
    null,
  );
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Result['requestIntroductions'] | null>(null);
  const [request, { loading }] = useMutation(RequestIntroductionsMutation);

  const serverFieldErrors: FieldErrors<Key> = {};
  for (const problem of serverError?.error.fields ?? []) {
    const key = keyOfPath(problem.path, serverError!.sentFrom);
    if (key && !serverFieldErrors[key]) serverFieldErrors[key] = problem.message;
  }
  const errors = { ...serverFieldErrors, ...clientErrors };
  const summary =
    Object.keys(clientErrors).length > 0
      ? 'Het formulier is niet goed ingevuld.'
      : serverError?.error.message;
  const fieldId = (key: Key) => idOf(key, candidatesFieldId);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = validate(selected, message, dates, today);
    setClientErrors(found);
    setAttempt((n) => n + 1);
    const invalid = firstInvalid(ORDER, found);
    if (invalid) {
      document.getElementById(fieldId(invalid))?.focus();
      return;
    }
    const sentFrom = dates.flatMap((date, i) => (date === '' ? [] : [i]));
    try {
      const { data } = await request({
        variables: {
          input: {
            vacancyId,
            candidateNumbers: selected.map((candidate) => candidate.candidateNumber),
            message: message.trim() === '' ? null : message.trim(),
            proposedDates: sentFrom.map((i) => dates[i]!),
          },
        },
        refetchQueries: ['VacancyPage', 'StartPage'],
      });
      setServerError(null);
      if (data) {
        setAnswer(data.requestIntroductions);
        onRequested?.();
      }
    } catch (error) {
      setServerError({ error: formErrorFrom(error), sentFrom });
    }
  }

  if (answer) {
    return (
      <Alert type={answer.introductions.length > 0 ? 'ok' : 'warning'} role="status">
        <Heading level={3}>Uw aanvraag is verstuurd</Heading>
        {answer.introductions.length > 0 && (
          <>
            <Paragraph>
              Het werkgeversservicepunt vraagt deze kandidaten of zij kennis willen maken. U ziet de
              voortgang bij de vacature.
            </Paragraph>
            <UnorderedList>
              {answer.introductions.map((introduction) => (
                <UnorderedListItem key={introduction.id}>
                  <RouterLink to={`/voorstellen/${introduction.id}`}>
                    {introduction.candidateLabel}
                  </RouterLink>
                  : aangevraagd
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
        {answer.failures.length > 0 && (
          <UnorderedList>
            {answer.failures.map((failure) => (
              <UnorderedListItem key={failure.candidateNumber}>{failure.message}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <ButtonGroup>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => setAnswer(null)}
          >
            Nog een kennismaking aanvragen
          </Button>
        </ButtonGroup>
      </Alert>
    );
  }

  return (
    <form
      className="werkbrug-form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="kennismaking-aanvragen"
    >
      <Heading level={2} id="kennismaking-aanvragen">
        Kennismaking aanvragen
      </Heading>
      {summary && (
        <ErrorSummary
          key={attempt}
          message={summary}
          items={summaryItems(ORDER, errors, fieldId)}
        />
      )}
      <Paragraph role="status">
        {selected.length === 0
          ? 'U heeft nog geen kandidaten gekozen. Vink hierboven aan met wie u wilt kennismaken.'
          : `Gekozen: ${selected.map((candidate) => candidate.candidateLabel).join(', ')}.`}
      </Paragraph>
      {errors.candidates && (
        <Paragraph className="werkbrug-field-error">{errors.candidates}</Paragraph>
      )}
      <Field
        id="kennismaking-message"
        label="Bericht aan het werkgeversservicepunt (niet verplicht)"
        description={`Bijvoorbeeld waar en hoe u wilt kennismaken. Hoogstens ${MAX_MESSAGE} tekens.`}
        error={errors.message}
      >
        {(control) => (
          <Textarea
            {...control}
            name="message"
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
        )}
      </Field>
      {DATE_KEYS.map((key, i) => (
        <Field
          key={key}
          id={`kennismaking-${key}`}
          label={`Voorgestelde datum ${i + 1} (niet verplicht)`}
          description={
            i === 0 ? `Stel tot ${MAX_PROPOSED_DATES} datums voor, na vandaag.` : undefined
          }
          error={errors[key]}
        >
          {(control) => (
            <Textbox
              {...control}
              type="date"
              name={key}
              min={today}
              value={dates[i]}
              onChange={(event) => {
                const value = event.target.value;
                setDates((current) => current.map((date, j) => (j === i ? value : date)));
              }}
            />
          )}
        </Field>
      ))}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Kennismaking aanvragen
        </Button>
      </ButtonGroup>
    </form>
  );
}
