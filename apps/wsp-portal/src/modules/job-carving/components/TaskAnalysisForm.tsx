import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Paragraph,
} from '@utrecht/component-library-react';
import {
  TASK_COMPLEXITIES,
  TASK_COMPLEXITY_LABELS,
  type TaskComplexity,
} from '@werkbrug/domain-rules';
import { ErrorSummary } from '@werkbrug/ui';
import { useEffect, useState, type FormEvent } from 'react';
import type { RecordJobCarvingAnalysisInput } from '../../../gql/graphql.js';
import {
  CheckboxField,
  SelectField,
  TextareaField,
  TextField,
} from '../../common/components/fields.js';
import type { ActionError } from '../../common/errors.js';
import {
  analysisInputFrom,
  analysisRowsFrom,
  validateAnalysis,
  type AnalysisRow,
  type FormErrors,
} from '../jobCarvingForms.js';

type Rows = Parameters<typeof analysisRowsFrom>;

export interface TaskAnalysisFormProps {
  jobs: Rows[0];
  analysis: (Rows[1] & { summary: string }) | null;
  saving: boolean;
  /** "Analyse starten" while SUBMITTED, "Analyse bijwerken" after. */
  submitLabel: string;
  onSubmit(input: RecordJobCarvingAnalysisInput): Promise<ActionError | null>;
}

const fieldId = (key: string) => `analyse-${key.replace(/\./g, '-')}`;

/**
 * The account manager's task analysis: per task of the employer's jobs the share of time and the
 * complexity as seen at the workplace, and whether it is carved out into the new role.
 */
export function TaskAnalysisForm({
  jobs,
  analysis,
  saving,
  submitLabel,
  onSubmit,
}: TaskAnalysisFormProps) {
  const [rows, setRows] = useState<AnalysisRow[]>(() => analysisRowsFrom(jobs, analysis));
  const [summary, setSummary] = useState(analysis?.summary ?? '');
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const first = Object.keys(errors)[0];
    if (first) document.getElementById(fieldId(first))?.focus();
  }, [errors, attempt]);

  function update(index: number, change: Partial<AnalysisRow>) {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  function show(text: string, found: FormErrors) {
    setErrors(found);
    setMessage(text);
    setAttempt((n) => n + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validateAnalysis(rows, summary);
    if (Object.keys(found).length > 0) {
      show('De analyse is niet goed ingevuld.', found);
      return;
    }
    const refusal = await onSubmit(analysisInputFrom(rows, summary));
    if (refusal) show(refusal.message, refusal.fields);
    else {
      setErrors({});
      setMessage(null);
    }
  }

  const carved = rows.filter((row) => row.splittable).length;
  return (
    <form className="werkbrug-form" noValidate onSubmit={handleSubmit} aria-label="Taakanalyse">
      {message && (
        <ErrorSummary
          key={attempt}
          message={message}
          items={Object.entries(errors).map(([key, text]) => ({
            fieldId: fieldId(key),
            message: text,
          }))}
        />
      )}
      <Paragraph>
        Beoordeel elke taak zoals u die op de werkplek zag. Vink aan welke taken worden afgesplitst
        naar de nieuwe functie ({carved} van {rows.length} aangevinkt).
      </Paragraph>
      {rows.map((row, index) => (
        <Fieldset key={`${row.jobId}-${row.taskIndex}`} className="werkbrug-card">
          <FieldsetLegend>
            {row.taskName} ({row.jobTitle})
          </FieldsetLegend>
          <TextField
            id={fieldId(`tasks.${index}.sharePercent`)}
            label="Deel van de werktijd, in procenten"
            inputMode="numeric"
            size={4}
            error={errors[`tasks.${index}.sharePercent`]}
            value={row.sharePercent}
            onChange={(sharePercent) => update(index, { sharePercent })}
          />
          <SelectField<TaskComplexity>
            id={fieldId(`tasks.${index}.complexity`)}
            label="Complexiteit"
            error={errors[`tasks.${index}.complexity`]}
            options={TASK_COMPLEXITIES.map((value) => ({
              value,
              label: TASK_COMPLEXITY_LABELS[value],
            }))}
            value={row.complexity}
            onChange={(complexity) => complexity && update(index, { complexity })}
          />
          <CheckboxField
            id={fieldId(`tasks.${index}.splittable`)}
            label="Afsplitsen naar de nieuwe functie"
            error={errors[`tasks.${index}.splittable`]}
            checked={row.splittable}
            onChange={(splittable) => update(index, { splittable })}
          />
        </Fieldset>
      ))}
      <TextareaField
        id={fieldId('summary')}
        label="Bevindingen (niet verplicht)"
        description="Wat u zag op de werkplek, voor de werkgever en uw collega's."
        rows={4}
        error={errors.summary}
        value={summary}
        onChange={setSummary}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving}>
          {submitLabel}
        </Button>
      </ButtonGroup>
    </form>
  );
}
