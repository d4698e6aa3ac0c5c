import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FieldErrors, type FormError, formErrorFrom } from '@werkbrug/ui';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { TextFieldsForm, type TextFieldSpec } from './TextFieldsForm.js';
import { VisuallyHidden } from './VisuallyHidden.js';

type Mode =
  | { kind: 'idle' }
  | { kind: 'adding' }
  | { kind: 'editing'; id: string }
  | { kind: 'archiving'; id: string };

export interface ManagedListSectionProps<Item extends { id: string }, Key extends string> {
  /** Heading id, also the section's accessible name. */
  id: string;
  title: string;
  /** Lower case, e.g. "vestiging": used in the buttons and messages. */
  noun: string;
  items: readonly Item[];
  itemName(item: Item): string;
  renderItem(item: Item): ReactNode;
  emptyText: string;
  /** Said before archiving: what happens to the item. */
  archiveWarning: string;
  fields: readonly TextFieldSpec<Key>[];
  emptyValues: Record<Key, string>;
  valuesOf(item: Item): Record<Key, string>;
  validate(values: Record<Key, string>): FieldErrors<Key>;
  keyOf(path: string): Key | null;
  /** Each resolves when the API saved, and throws the API's error otherwise. */
  onAdd(values: Record<Key, string>): Promise<unknown>;
  onUpdate(id: string, values: Record<Key, string>): Promise<unknown>;
  onArchive(id: string): Promise<unknown>;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A list the employer keeps up to date itself (locations, contacts): add, change and archive,
 * one at a time, with the outcome announced and the focus kept where the work is.
 */
export function ManagedListSection<Item extends { id: string }, Key extends string>(
  props: ManagedListSectionProps<Item, Key>,
) {
  const { id, title, noun, items, itemName, renderItem, emptyText } = props;
  const formId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  useEffect(() => {
    if (!returnFocus) return;
    heading.current?.focus();
    setReturnFocus(false);
  }, [returnFocus]);

  useEffect(() => {
    if (mode.kind === 'archiving') document.getElementById(`${formId}-archive-confirm`)?.focus();
  }, [mode, formId]);

  function open(next: Mode) {
    setMode(next);
    setError(null);
    setNotice(null);
  }

  function close() {
    setMode({ kind: 'idle' });
    setError(null);
    setReturnFocus(true);
  }

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await action();
      setNotice(done);
      close();
    } catch (caught) {
      setError(formErrorFrom(caught));
    } finally {
      setBusy(false);
    }
  }

  function renderForm(item?: Item) {
    return (
      <TextFieldsForm
        idPrefix={`${formId}-${item?.id ?? 'new'}`}
        fields={props.fields}
        initialValues={item ? props.valuesOf(item) : props.emptyValues}
        validate={props.validate}
        keyOf={props.keyOf}
        submitLabel={item ? 'Wijzigingen opslaan' : `${capitalise(noun)} toevoegen`}
        busy={busy}
        error={error}
        focusOnMount
        onCancel={close}
        onSubmit={(values) =>
          item
            ? run(() => props.onUpdate(item.id, values), `${capitalise(noun)} is gewijzigd.`)
            : run(() => props.onAdd(values), `${capitalise(noun)} is toegevoegd.`)
        }
      />
    );
  }

  function renderArchiveConfirmation(item: Item) {
    return (
      <>
        <Paragraph>
          Weet u zeker dat u {noun} {itemName(item)} wilt archiveren? {props.archiveWarning}
        </Paragraph>
        {error && (
          <Alert type="error">
            <Paragraph>{error.message}</Paragraph>
          </Alert>
        )}
        <ButtonGroup>
          <Button
            id={`${formId}-archive-confirm`}
            appearance="primary-action-button"
            hint="danger"
            busy={busy}
            onClick={() =>
              run(() => props.onArchive(item.id), `${capitalise(noun)} is gearchiveerd.`)
            }
          >
            Ja, archiveren
          </Button>
          <Button appearance="secondary-action-button" onClick={close}>
            Annuleren
          </Button>
        </ButtonGroup>
      </>
    );
  }

  return (
    <section aria-labelledby={id} className="werkbrug-stack">
      <Heading level={2} id={id} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {notice && (
        <Alert type="ok">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {items.length === 0 && <Paragraph>{emptyText}</Paragraph>}
      {items.map((item) => (
        <article key={item.id} className="werkbrug-card" aria-label={itemName(item)}>
          {mode.kind === 'editing' && mode.id === item.id ? (
            <>
              <Heading level={3}>
                {capitalise(noun)} {itemName(item)} wijzigen
              </Heading>
              {renderForm(item)}
            </>
          ) : (
            <>
              {renderItem(item)}
              {mode.kind === 'archiving' && mode.id === item.id ? (
                renderArchiveConfirmation(item)
              ) : (
                <ButtonGroup>
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => open({ kind: 'editing', id: item.id })}
                  >
                    Wijzigen{' '}
                    <VisuallyHidden>
                      {noun} {itemName(item)}
                    </VisuallyHidden>
                  </Button>
                  <Button
                    appearance="subtle-button"
                    onClick={() => open({ kind: 'archiving', id: item.id })}
                  >
                    Archiveren{' '}
                    <VisuallyHidden>
                      {noun} {itemName(item)}
                    </VisuallyHidden>
                  </Button>
                </ButtonGroup>
              )}
            </>
          )}
        </article>
      ))}
      {mode.kind === 'adding' ? (
        <div className="werkbrug-card">
          <Heading level={3}>Nieuwe {noun}</Heading>
          {renderForm()}
        </div>
      ) : (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => open({ kind: 'adding' })}>
            {capitalise(noun)} toevoegen
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}
