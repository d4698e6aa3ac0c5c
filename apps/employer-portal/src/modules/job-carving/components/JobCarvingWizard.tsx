import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import {
  TASK_COMPLEXITIES,
  TASK_COMPLEXITY_LABELS,
  type TaskComplexity,
} from '@werkbrug/domain-rules';
import { ErrorSummary, Field, formatNumber, type FormError, RadioGroup } from '@werkbrug/ui';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { VisuallyHidden } from '../../common/VisuallyHidden.js';
import {
  describedShare,
  emptyJob,
  emptyJobCarving,
  emptyTask,
  errorsFromApi,
  fieldId,
  focusIdOf,
  MAX_JOBS,
  MAX_TASKS,
  REASON_LABELS,
  REASONS,
  simpleHoursPerWeek,
  SPLITTABLE_LABELS,
  stepOf,
  STEPS,
  validateAll,
  validateStep,
  type JobCarvingErrors,
  type JobCarvingValues,
  type JobValues,
  type Reason,
  type Splittable,
  type Step,
  type TaskValues,
} from '../jobCarvingForm.js';

const COMPLEXITY_DESCRIPTIONS: Record<TaskComplexity, string> = {
  SIMPLE:
    'Routinewerk dat iemand na een korte uitleg kan doen. Zo’n taak kan mogelijk worden afgesplitst.',
  MEDIUM: 'Vraagt enige ervaring of zelfstandigheid.',
  COMPLEX: 'Vraagt een vakopleiding, veel ervaring of verantwoordelijkheid.',
};

export interface JobCarvingWizardProps {
  onSubmit(values: JobCarvingValues): Promise<void> | void;
  /** The API's answer to the last attempt. */
  error?: FormError | null;
  busy?: boolean;
  /** Tells the page which step is shown (for its title). */
  onStepChange?(step: Step): void;
}

/**
 * A job-carving request, step by step: the department and why, the current jobs, their tasks
 * (share of time, complexity), then a review. Each step is checked before the next; whatever the
 * API says afterwards sends the employer back to the step it is about, with everything kept.
 */
export function JobCarvingWizard({
  onSubmit,
  error = null,
  busy = false,
  onStepChange,
}: JobCarvingWizardProps) {
  const [step, setStep] = useState<Step>(0);
  const [values, setValues] = useState<JobCarvingValues>(emptyJobCarving);
  const [errors, setErrors] = useState<JobCarvingErrors>({});
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each new step starts at its heading, so screen-reader users hear where they are.
  useEffect(() => {
    onStepChange?.(step);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Sent back to a step with errors: its error summary has the focus already.
    if (document.activeElement?.closest('.werkbrug-error-summary')) return;
    heading.current?.focus();
  }, [step, onStepChange]);

  // The API refused: back to the first step it complains about.
  useEffect(() => {
    if (!error) return;
    const fromApi = errorsFromApi(error.fields);
    setErrors(fromApi);
    const steps = Object.keys(fromApi).map(stepOf);
    if (steps.length > 0) setStep(Math.min(...steps) as Step);
  }, [error]);

  const stepErrors = Object.entries(errors).filter(([key]) => step === 3 || stepOf(key) === step);
  const summary =
    stepErrors.length > 0
      ? 'Niet alles is goed ingevuld.'
      : step === 3 && error && Object.keys(errors).length === 0
        ? error.message
        : null;

  function update(change: (current: JobCarvingValues) => JobCarvingValues) {
    setValues(change);
  }

  function updateJob(j: number, change: Partial<JobValues>) {
    update((current) => ({
      ...current,
      jobs: current.jobs.map((job, i) => (i === j ? { ...job, ...change } : job)),
    }));
  }

  function updateTask(j: number, t: number, change: Partial<TaskValues>) {
    update((current) => ({
      ...current,
      jobs: current.jobs.map((job, i) =>
        i === j
          ? { ...job, tasks: job.tasks.map((task, k) => (k === t ? { ...task, ...change } : task)) }
          : job,
      ),
    }));
  }

  function goTo(next: Step) {
    setErrors({});
    setStep(next);
  }

  async function handleNext(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    if (step < 3) {
      const found = validateStep(step, values);
      setErrors(found);
      if (Object.keys(found).length === 0) setStep((step + 1) as Step);
      return;
    }
    const found = validateAll(values);
    setErrors(found);
    const steps = Object.keys(found).map(stepOf);
    if (steps.length > 0) {
      setStep(Math.min(...steps) as Step);
      return;
    }
    await onSubmit(values);
  }

  const text = (
    key: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    extra: { description?: ReactNode; inputMode?: 'numeric' } = {},
  ) => (
    <Field id={fieldId(key)} label={label} description={extra.description} error={errors[key]}>
      {(control) => (
        <Textbox
          {...control}
          inputMode={extra.inputMode}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );

  function renderDepartment() {
    return (
      <>
        {text(
          'department',
          'Afdeling',
          values.department,
          (department) => update((v) => ({ ...v, department })),
          {
            description:
              'De afdeling waarvan u het werk wilt laten bekijken, bijvoorbeeld "Keuken" of "Magazijn".',
          },
        )}
        <RadioGroup<Reason>
          id={fieldId('reason')}
          name="reason"
          legend="Waarom overweegt u jobcarving?"
          error={errors.reason}
          options={REASONS.map((reason) => ({ value: reason, label: REASON_LABELS[reason] }))}
          value={values.reason}
          onChange={(reason) => update((v) => ({ ...v, reason }))}
        />
        <Field
          id={fieldId('notes')}
          label="Toelichting (niet verplicht)"
          description="Wat wil het werkgeversservicepunt nog meer weten?"
          error={errors.notes}
        >
          {(control) => (
            <Textarea
              {...control}
              rows={4}
              value={values.notes}
              onChange={(event) => update((v) => ({ ...v, notes: event.target.value }))}
            />
          )}
        </Field>
      </>
    );
  }

  function renderJobs() {
    return (
      <>
        <Paragraph>
          Welke functies zijn er op de afdeling? Denk aan de functies waarin vakkrachten ook
          eenvoudig werk doen.
        </Paragraph>
        {values.jobs.map((job, j) => (
          <Fieldset key={job.key} className="werkbrug-card">
            <FieldsetLegend>Functie {j + 1}</FieldsetLegend>
            {text(
              `jobs.${j}.title`,
              'Naam van de functie',
              job.title,
              (title) => updateJob(j, { title }),
              {
                description: 'Bijvoorbeeld "Kok" of "Medewerker bediening".',
              },
            )}
            {text(
              `jobs.${j}.headcount`,
              'Aantal medewerkers in deze functie',
              job.headcount,
              (headcount) => updateJob(j, { headcount }),
              { inputMode: 'numeric' },
            )}
            {values.jobs.length > 1 && (
              <Button
                appearance="subtle-button"
                onClick={() => update((v) => ({ ...v, jobs: v.jobs.filter((_, i) => i !== j) }))}
              >
                Verwijderen <VisuallyHidden>functie {j + 1}</VisuallyHidden>
              </Button>
            )}
          </Fieldset>
        ))}
        {values.jobs.length < MAX_JOBS && (
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              onClick={() => update((v) => ({ ...v, jobs: [...v.jobs, emptyJob()] }))}
            >
              Nog een functie toevoegen
            </Button>
          </ButtonGroup>
        )}
      </>
    );
  }

  function renderTasks() {
    return (
      <>
        <Paragraph>
          Beschrijf per functie de taken en welk deel van de werktijd ze kosten. Samen moeten de
          taken minstens de helft van de tijd beslaan, en hoogstens alles.
        </Paragraph>
        {values.jobs.map((job, j) => {
          const totalKey = `jobs.${j}.tasks`;
          return (
            <section
              key={job.key}
              className="werkbrug-stack"
              aria-labelledby={`${fieldId(totalKey)}-heading`}
            >
              <Heading level={3} id={`${fieldId(totalKey)}-heading`}>
                Taken van {job.title.trim() || `functie ${j + 1}`}
              </Heading>
              <Paragraph>Beschreven: {describedShare(job)} % van de werktijd.</Paragraph>
              {errors[totalKey] && (
                <FormFieldErrorMessage id={`${fieldId(totalKey)}-error`}>
                  {errors[totalKey]}
                </FormFieldErrorMessage>
              )}
              {job.tasks.map((task, t) => {
                const path = `jobs.${j}.tasks.${t}`;
                return (
                  <Fieldset key={t} className="werkbrug-card">
                    <FieldsetLegend>Taak {t + 1}</FieldsetLegend>
                    {text(
                      `${path}.name`,
                      'Wat is de taak?',
                      task.name,
                      (name) => updateTask(j, t, { name }),
                      {
                        description: 'Bijvoorbeeld "Afwassen" of "Vakken vullen".',
                      },
                    )}
                    {text(
                      `${path}.sharePercent`,
                      'Deel van de werktijd, in procenten',
                      task.sharePercent,
                      (sharePercent) => updateTask(j, t, { sharePercent }),
                      {
                        description: 'Een heel getal van 1 tot en met 100.',
                        inputMode: 'numeric',
                      },
                    )}
                    <RadioGroup<TaskComplexity>
                      id={fieldId(`${path}.complexity`)}
                      name={`${path}.complexity`}
                      legend="Hoe complex is de taak?"
                      error={errors[`${path}.complexity`]}
                      options={TASK_COMPLEXITIES.map((complexity) => ({
                        value: complexity,
                        label: TASK_COMPLEXITY_LABELS[complexity],
                        description: COMPLEXITY_DESCRIPTIONS[complexity],
                      }))}
                      value={task.complexity}
                      onChange={(complexity) => updateTask(j, t, { complexity })}
                    />
                    <RadioGroup<Splittable>
                      id={fieldId(`${path}.splittable`)}
                      name={`${path}.splittable`}
                      legend="Kan deze taak worden afgesplitst?"
                      description="Zou iemand anders deze taak kunnen overnemen, zodat uw medewerker zich op de rest van het werk kan richten?"
                      error={errors[`${path}.splittable`]}
                      options={(['YES', 'NO'] as const).map((answer) => ({
                        value: answer,
                        label: SPLITTABLE_LABELS[answer],
                      }))}
                      value={task.splittable}
                      onChange={(splittable) => updateTask(j, t, { splittable })}
                    />
                    {job.tasks.length > 1 && (
                      <Button
                        appearance="subtle-button"
                        onClick={() => updateJob(j, { tasks: job.tasks.filter((_, k) => k !== t) })}
                      >
                        Verwijderen{' '}
                        <VisuallyHidden>
                          taak {t + 1} van {job.title}
                        </VisuallyHidden>
                      </Button>
                    )}
                  </Fieldset>
                );
              })}
              {job.tasks.length < MAX_TASKS && (
                <ButtonGroup>
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => updateJob(j, { tasks: [...job.tasks, emptyTask()] })}
                  >
                    Nog een taak toevoegen <VisuallyHidden>aan {job.title}</VisuallyHidden>
                  </Button>
                </ButtonGroup>
              )}
            </section>
          );
        })}
      </>
    );
  }

  function renderReview() {
    const hours = simpleHoursPerWeek(values);
    return (
      <>
        <Paragraph>
          Controleer uw verzoek. Klopt iets niet? Ga terug naar de stap en pas het aan.
        </Paragraph>
        <DataList>
          <DataListItem>
            <DataListKey>Afdeling</DataListKey>
            <DataListValue>{values.department}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>Aanleiding</DataListKey>
            <DataListValue>
              {values.reason === '' ? '' : REASON_LABELS[values.reason]}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>Toelichting</DataListKey>
            <DataListValue>{values.notes.trim() || 'Geen'}</DataListValue>
          </DataListItem>
        </DataList>
        <Button appearance="subtle-button" onClick={() => goTo(0)}>
          Afdeling wijzigen
        </Button>
        {values.jobs.map((job) => (
          <Table key={job.key}>
            <TableCaption>
              {job.title} ({job.headcount}{' '}
              {job.headcount.trim() === '1' ? 'medewerker' : 'medewerkers'})
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Taak</TableHeaderCell>
                <TableHeaderCell scope="col">Deel van de werktijd</TableHeaderCell>
                <TableHeaderCell scope="col">Complexiteit</TableHeaderCell>
                <TableHeaderCell scope="col">Af te splitsen</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {job.tasks.map((task, t) => (
                <TableRow key={t}>
                  <TableHeaderCell scope="row">{task.name}</TableHeaderCell>
                  <TableCell>{task.sharePercent} %</TableCell>
                  <TableCell>
                    {task.complexity === '' ? '' : TASK_COMPLEXITY_LABELS[task.complexity]}
                  </TableCell>
                  <TableCell>
                    {task.splittable === '' ? '' : SPLITTABLE_LABELS[task.splittable]}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
        <ButtonGroup>
          <Button appearance="subtle-button" onClick={() => goTo(1)}>
            Functies wijzigen
          </Button>
          <Button appearance="subtle-button" onClick={() => goTo(2)}>
            Taken wijzigen
          </Button>
        </ButtonGroup>
        <Paragraph>
          {hours > 0
            ? `Uw eenvoudige taken samen zijn ongeveer ${formatNumber(hours)} uur werk per week (gerekend met een werkweek van 36 uur). Het werkgeversservicepunt bekijkt of daar een nieuwe functie in zit.`
            : 'U heeft geen eenvoudige taken beschreven. Het werkgeversservicepunt bekijkt samen met u of er toch werk af te splitsen is.'}
        </Paragraph>
      </>
    );
  }

  const content = [renderDepartment, renderJobs, renderTasks, renderReview][step]();

  return (
    <form className="werkbrug-form" noValidate onSubmit={handleNext}>
      <nav aria-label="Voortgang">
        <OrderedList>
          {STEPS.map((title, index) => (
            <OrderedListItem key={title} aria-current={index === step ? 'step' : undefined}>
              {index === step ? <strong>{title}</strong> : title}
              {index < step && <VisuallyHidden> (klaar)</VisuallyHidden>}
            </OrderedListItem>
          ))}
        </OrderedList>
      </nav>
      <Heading level={2} ref={heading} tabIndex={-1}>
        Stap {step + 1} van {STEPS.length}: {STEPS[step]}
      </Heading>
      {summary && (
        <ErrorSummary
          key={`${attempt}-${step}`}
          message={summary}
          focusOnMount
          items={stepErrors.map(([key, message]) => ({ fieldId: focusIdOf(key), message }))}
        />
      )}
      {content}
      <ButtonGroup>
        {step > 0 && (
          <Button appearance="secondary-action-button" onClick={() => goTo((step - 1) as Step)}>
            Vorige stap
          </Button>
        )}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {step < 3 ? 'Volgende stap' : 'Verzoek indienen'}
        </Button>
      </ButtonGroup>
    </form>
  );
}
