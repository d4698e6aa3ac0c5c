import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { CONTACT_CHANNEL_LABELS, CONTACT_CHANNELS } from '@werkbrug/domain-rules';
import { ErrorSummary } from '@werkbrug/ui';
import { graphql } from '../../../gql/index.js';
import type { ContactMomentsSection_EmployerFragment } from '../../../gql/graphql.js';
import { SelectField, TextareaField, TextField } from '../../common/components/fields.js';
import { formatDate, todayIso } from '../../common/dates.js';
import {
  CONTACT_MOMENT_FIELDS,
  contactMomentInput,
  contactMomentValues,
  emptyContactMoment,
  MAX_NOTE,
  validateContactMoment,
  type ContactMomentField,
  type ContactMomentValues,
} from '../crmForms.js';
import { useEditableRecords } from '../useEditableRecords.js';
import { ConfirmArchive } from './ConfirmArchive.js';

export const ContactMomentsSectionFragment = graphql(`
  fragment ContactMomentsSection_employer on Employer {
    id
    contactMoments {
      id
      contactedOn
      channel
      subject
      note
      recordedBy
    }
  }
`);

export const AddEmployerContactMomentMutation = graphql(`
  mutation AddEmployerContactMoment($employerId: ID!, $input: EmployerContactMomentInput!) {
    addEmployerContactMoment(employerId: $employerId, input: $input) {
      id
      contactedOn
      channel
      subject
      note
      recordedBy
    }
  }
`);

export const UpdateEmployerContactMomentMutation = graphql(`
  mutation UpdateEmployerContactMoment($id: ID!, $input: UpdateEmployerContactMomentInput!) {
    updateEmployerContactMoment(id: $id, input: $input) {
      id
      contactedOn
      channel
      subject
      note
      recordedBy
    }
  }
`);

export const ArchiveEmployerContactMomentMutation = graphql(`
  mutation ArchiveEmployerContactMoment($id: ID!) {
    archiveEmployerContactMoment(id: $id) {
      id
    }
  }
`);

const ID: Record<ContactMomentField, string> = {
  contactedOn: 'contactmoment-datum',
  channel: 'contactmoment-kanaal',
  subject: 'contactmoment-onderwerp',
  note: 'contactmoment-notitie',
};
const CHANNEL_OPTIONS = CONTACT_CHANNELS.map((value) => ({
  value,
  label: CONTACT_CHANNEL_LABELS[value],
}));

type ContactMoment = ContactMomentsSection_EmployerFragment['contactMoments'][number];

export interface ContactMomentsSectionProps {
  employer: ContactMomentsSection_EmployerFragment;
  /** Called after a moment was added, changed or archived, e.g. to load the list again. */
  onChanged(): Promise<unknown>;
  /** YYYY-MM-DD in the Netherlands; for tests. */
  today?: string;
}

/** The account managers' contact moments with the employer, newest first: adding, changing, archiving. */
export function ContactMomentsSection({
  employer,
  onChanged,
  today = todayIso(),
}: ContactMomentsSectionProps) {
  const [add, adding] = useMutation(AddEmployerContactMomentMutation);
  const [update, updating] = useMutation(UpdateEmployerContactMomentMutation);
  const [archive, archiving] = useMutation(ArchiveEmployerContactMomentMutation);
  const loading = adding.loading || updating.loading;
  const {
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
    cancel,
    askArchive,
    cancelArchive,
    confirmArchive,
    handleSubmit,
  } = useEditableRecords<ContactMoment, ContactMomentValues, ContactMomentField>({
    fields: CONTACT_MOMENT_FIELDS,
    fieldIds: ID,
    empty: () => emptyContactMoment(today),
    valuesOf: contactMomentValues,
    validate: (input) => validateContactMoment(input, today),
    save: (input, target) =>
      target === 'new'
        ? add({ variables: { employerId: employer.id, input: contactMomentInput(input) } })
        : update({ variables: { id: target.id, input: contactMomentInput(input) } }),
    archive: (moment) => archive({ variables: { id: moment.id } }),
    onChanged,
    messages: {
      added: 'Het contactmoment is vastgelegd.',
      changed: 'Het contactmoment is gewijzigd.',
      archived: 'Het contactmoment is gearchiveerd.',
    },
    saving: loading,
    archiving: archiving.loading,
  });

  return (
    <section aria-labelledby="contactmomenten">
      <Heading level={2} id="contactmomenten">
        Contactmomenten
      </Heading>
      <div ref={savedRef} tabIndex={-1}>
        {saved && (
          <Alert type="ok">
            <Paragraph>{saved}</Paragraph>
          </Alert>
        )}
      </div>
      {employer.contactMoments.length === 0 ? (
        <Paragraph>Er zijn nog geen contactmomenten vastgelegd.</Paragraph>
      ) : (
        <Table className="werkbrug-table">
          <TableCaption>Contactmomenten, nieuwste eerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Datum</TableHeaderCell>
              <TableHeaderCell scope="col">Hoe</TableHeaderCell>
              <TableHeaderCell scope="col">Onderwerp</TableHeaderCell>
              <TableHeaderCell scope="col">Notitie</TableHeaderCell>
              <TableHeaderCell scope="col">Door</TableHeaderCell>
              <TableHeaderCell scope="col">Actie</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {employer.contactMoments.map((moment) => (
              <TableRow key={moment.id}>
                <TableCell>{formatDate(moment.contactedOn)}</TableCell>
                <TableCell>{CONTACT_CHANNEL_LABELS[moment.channel]}</TableCell>
                <TableCell>{moment.subject}</TableCell>
                <TableCell>{moment.note || '-'}</TableCell>
                <TableCell>{moment.recordedBy ?? 'Onbekend'}</TableCell>
                <TableCell>
                  <ButtonGroup>
                    <Button
                      appearance="subtle-button"
                      aria-label={`Wijzigen: ${moment.subject}, ${formatDate(moment.contactedOn)}`}
                      onClick={() => start(moment)}
                    >
                      Wijzigen
                    </Button>
                    <Button
                      appearance="subtle-button"
                      aria-label={`Archiveren: ${moment.subject}, ${formatDate(moment.contactedOn)}`}
                      onClick={() => askArchive(moment)}
                    >
                      Archiveren
                    </Button>
                  </ButtonGroup>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {archivable && (
        <ConfirmArchive
          id="contactmoment-archiveren"
          title="Contactmoment archiveren?"
          question={`U archiveert het contactmoment "${archivable.subject}" van ${formatDate(archivable.contactedOn)}.`}
          busy={archiving.loading}
          error={archiveError}
          onConfirm={() => void confirmArchive()}
          onCancel={cancelArchive}
        />
      )}
      {editing ? (
        <form
          className="werkbrug-form"
          noValidate
          ref={formRef}
          tabIndex={-1}
          aria-labelledby="contactmoment-toevoegen"
          onSubmit={(event) => void handleSubmit(event)}
        >
          <Heading level={3} id="contactmoment-toevoegen">
            {editing === 'new' ? 'Contactmoment toevoegen' : 'Contactmoment wijzigen'}
          </Heading>
          {summary && <ErrorSummary message={summary} items={errorItems} />}
          <TextField
            id={ID.contactedOn}
            label="Datum"
            description="Als JJJJ-MM-DD; vandaag of eerder."
            type="date"
            required
            value={values.contactedOn}
            error={errors.contactedOn}
            onChange={set('contactedOn')}
          />
          <SelectField
            id={ID.channel}
            label="Hoe was het contact?"
            emptyLabel="Kies"
            options={CHANNEL_OPTIONS}
            value={values.channel}
            error={errors.channel}
            onChange={set('channel')}
          />
          <TextField
            id={ID.subject}
            label="Onderwerp"
            required
            value={values.subject}
            error={errors.subject}
            onChange={set('subject')}
          />
          <TextareaField
            id={ID.note}
            label="Notitie (niet verplicht)"
            description={`Intern: werkgevers zien dit niet. Hoogstens ${MAX_NOTE} tekens.`}
            rows={4}
            value={values.note}
            error={errors.note}
            onChange={set('note')}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={loading}>
              Contactmoment opslaan
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={cancel}>
              Annuleren
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => start('new')}>
          Contactmoment toevoegen
        </Button>
      )}
    </section>
  );
}
