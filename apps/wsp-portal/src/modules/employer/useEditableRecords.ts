import { useEffect, useRef, useState, type FormEvent } from 'react';
import { actionErrorFrom } from '../common/errors.js';
import type { FormErrors } from './crmForms.js';

export interface EditableRecordsOptions<Item, Values, Field extends string> {
  /** The form's fields in screen order: focus goes to the first one in error. */
  fields: readonly Field[];
  /** Each field's element id, to move focus to it. */
  fieldIds: Record<Field, string>;
  empty(): Values;
  valuesOf(item: Item): Values;
  validate(values: Values): FormErrors<Field>;
  /** Adds (`'new'`) or changes the record; throws the API's refusal. */
  save(values: Values, target: 'new' | Item): Promise<unknown>;
  archive(item: Item): Promise<unknown>;
  /** Called after a record was added, changed or archived, e.g. to load the list again. */
  onChanged(): unknown;
  /** Dutch confirmations, e.g. "De afspraak is vastgelegd." */
  messages: { added: string; changed: string; archived: string };
  /** Whether a save is under way, so a second submit does nothing. */
  saving: boolean;
  archiving: boolean;
}

/**
 * A list section with an add/change form and archiving after confirmation (the employer's contact
 * moments and agreements): what was typed stays on a refusal, focus goes to the form, the first
 * field in error or the confirmation.
 */
export function useEditableRecords<Item, Values, Field extends string>(
  options: EditableRecordsOptions<Item, Values, Field>,
) {
  const { fields, fieldIds, messages } = options;
  /** null: no form; 'new': adding; otherwise the record being changed. */
  const [editing, setEditing] = useState<'new' | Item | null>(null);
  /** The record whose archiving waits for confirmation. */
  const [archivable, setArchivable] = useState<Item | null>(null);
  const [archiveError, setArchiveError] = useState<string | null>(null);
  const [values, setValues] = useState<Values>(options.empty);
  const [errors, setErrors] = useState<FormErrors<Field>>({});
  const [summary, setSummary] = useState('');
  const [saved, setSaved] = useState('');
  const [focus, setFocus] = useState<{ target: Field | 'form' | 'saved' } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focus) return;
    if (focus.target === 'form') formRef.current?.focus();
    else if (focus.target === 'saved') savedRef.current?.focus();
    else document.getElementById(fieldIds[focus.target])?.focus();
  }, [focus, fieldIds]);

  const set =
    <K extends Field & keyof Values>(field: K) =>
    (value: Values[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  function start(target: 'new' | Item) {
    setSaved('');
    setErrors({});
    setSummary('');
    setArchivable(null);
    setValues(target === 'new' ? options.empty() : options.valuesOf(target));
    setEditing(target);
    setFocus({ target: 'form' });
  }

  function askArchive(item: Item) {
    setSaved('');
    setEditing(null);
    setArchiveError(null);
    setArchivable(item);
  }

  async function confirmArchive() {
    if (!archivable || options.archiving) return;
    try {
      await options.archive(archivable);
      await options.onChanged();
      setArchivable(null);
      setSaved(messages.archived);
      setFocus({ target: 'saved' });
    } catch (error) {
      setArchiveError(actionErrorFrom(error).message);
    }
  }

  function showErrors(message: string, found: FormErrors<Field>) {
    setErrors(found);
    setSummary(message);
    setFocus({ target: fields.find((field) => found[field]) ?? 'form' });
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (options.saving || !editing) return;
    const found = options.validate(values);
    if (Object.keys(found).length > 0) {
      showErrors('Het formulier is niet goed ingevuld.', found);
      return;
    }
    try {
      await options.save(values, editing);
      await options.onChanged();
      setEditing(null);
      setErrors({});
      setSummary('');
      setSaved(editing === 'new' ? messages.added : messages.changed);
      setFocus({ target: 'saved' });
    } catch (error) {
      const refusal = actionErrorFrom(error);
      showErrors(refusal.message, refusal.fields as FormErrors<Field>);
    }
  }

  /** The error summary's items, in field order. */
  const errorItems = fields.flatMap((field) =>
    errors[field] ? [{ fieldId: fieldIds[field], message: errors[field] }] : [],
  );

  return {
    editing,
    values,
    errors,
    errorItems,
    summary,
    saved,
    archivable,
    archiveError,
    formRef,
    savedRef,
    set,
    start,
    cancel: () => setEditing(null),
    askArchive,
    cancelArchive: () => setArchivable(null),
    confirmArchive,
    handleSubmit,
  };
}
