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
import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
} from '@werkbrug/domain-rules';
import { ErrorSummary } from '@werkbrug/ui';
import { graphql } from '../../../gql/index.js';
import type { AgreementsSection_EmployerFragment } from '../../../gql/graphql.js';
import { SelectField, TextareaField, TextField } from '../../common/components/fields.js';
import { formatDate, todayIso } from '../../common/dates.js';
import {
  AGREEMENT_FIELDS,
  agreementInput,
  agreementValues,
  emptyAgreement,
  MAX_NOTE,
  validateAgreement,
  type AgreementField,
  type AgreementValues,
} from '../crmForms.js';
import { useEditableRecords } from '../useEditableRecords.js';
import { ConfirmArchive } from './ConfirmArchive.js';

export const AgreementsSectionFragment = graphql(`
  fragment AgreementsSection_employer on Employer {
    id
    agreements {
      id
      kind
      description
      places
      validFrom
      validTo
      status
      recordedBy
    }
  }
`);

export const AddEmployerAgreementMutation = graphql(`
  mutation AddEmployerAgreement($employerId: ID!, $input: EmployerAgreementInput!) {
    addEmployerAgreement(employerId: $employerId, input: $input) {
      id
      kind
      description
      places
      validFrom
      validTo
      status
      recordedBy
    }
  }
`);

export const UpdateEmployerAgreementMutation = graphql(`
  mutation UpdateEmployerAgreement($id: ID!, $input: UpdateEmployerAgreementInput!) {
    updateEmployerAgreement(id: $id, input: $input) {
      id
      kind
      description
      places
      validFrom
      validTo
      status
      recordedBy
    }
  }
`);

export const ArchiveEmployerAgreementMutation = graphql(`
  mutation ArchiveEmployerAgreement($id: ID!) {
    archiveEmployerAgreement(id: $id) {
      id
    }
  }
`);

const ID: Record<AgreementField, string> = {
  kind: 'afspraak-soort',
  description: 'afspraak-omschrijving',
  places: 'afspraak-plaatsen',
  validFrom: 'afspraak-van',
  validTo: 'afspraak-tot',
  status: 'afspraak-status',
};
const KIND_OPTIONS = AGREEMENT_KINDS.map((value) => ({
  value,
  label: AGREEMENT_KIND_LABELS[value],
}));
const STATUS_OPTIONS = AGREEMENT_STATUSES.map((value) => ({
  value,
  label: AGREEMENT_STATUS_LABELS[value],
}));

type Agreement = AgreementsSection_EmployerFragment['agreements'][number];

export interface AgreementsSectionProps {
  employer: AgreementsSection_EmployerFragment;
  /** Called after an agreement was added, changed or archived, e.g. to load the list again. */
  onChanged(): Promise<unknown>;
  /** YYYY-MM-DD in the Netherlands; for tests. */
  today?: string;
}

/** What the WSP agreed with the employer, with adding, changing and archiving agreements. */
export function AgreementsSection({
  employer,
  onChanged,
  today = todayIso(),
}: AgreementsSectionProps) {
  const [add, adding] = useMutation(AddEmployerAgreementMutation);
  const [update, updating] = useMutation(UpdateEmployerAgreementMutation);
  const [archive, archiving] = useMutation(ArchiveEmployerAgreementMutation);
  const saving = adding.loading || updating.loading;
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
  } = useEditableRecords<Agreement, AgreementValues, AgreementField>({
    fields: AGREEMENT_FIELDS,
    fieldIds: ID,
    empty: () => emptyAgreement(today),
    valuesOf: agreementValues,
    validate: validateAgreement,
    save: (input, target) =>
      target === 'new'
        ? add({ variables: { employerId: employer.id, input: agreementInput(input) } })
        : update({ variables: { id: target.id, input: agreementInput(input) } }),
    archive: (agreement) => archive({ variables: { id: agreement.id } }),
    onChanged,
    messages: {
      added: 'De afspraak is vastgelegd.',
      changed: 'De afspraak is gewijzigd.',
      archived: 'De afspraak is gearchiveerd.',
    },
    saving,
    archiving: archiving.loading,
  });

  const title = editing === 'new' ? 'Afspraak toevoegen' : 'Afspraak wijzigen';

  return (
    <section aria-labelledby="afspraken">
      <Heading level={2} id="afspraken">
        Afspraken
      </Heading>
      <div ref={savedRef} tabIndex={-1}>
        {saved && (
          <Alert type="ok">
            <Paragraph>{saved}</Paragraph>
          </Alert>
        )}
      </div>
      {employer.agreements.length === 0 ? (
        <Paragraph>Er zijn nog geen afspraken vastgelegd.</Paragraph>
      ) : (
        <Table className="werkbrug-table">
          <TableCaption>Afspraken met de werkgever</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
              <TableHeaderCell scope="col">Omschrijving</TableHeaderCell>
              <TableHeaderCell scope="col">Plaatsen</TableHeaderCell>
              <TableHeaderCell scope="col">Looptijd</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Actie</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {employer.agreements.map((agreement) => (
              <TableRow key={agreement.id}>
                <TableCell>{AGREEMENT_KIND_LABELS[agreement.kind]}</TableCell>
                <TableCell>{agreement.description}</TableCell>
                <TableCell>{agreement.places ?? '-'}</TableCell>
                <TableCell>
                  {formatDate(agreement.validFrom)} tot{' '}
                  {agreement.validTo
                    ? `en met ${formatDate(agreement.validTo)}`
                    : 'nader te bepalen'}
                </TableCell>
                <TableCell>{AGREEMENT_STATUS_LABELS[agreement.status]}</TableCell>
                <TableCell>
                  <ButtonGroup>
                    <Button
                      appearance="subtle-button"
                      aria-label={`Wijzigen: ${AGREEMENT_KIND_LABELS[agreement.kind]}, ${agreement.description}`}
                      onClick={() => start(agreement)}
                    >
                      Wijzigen
                    </Button>
                    <Button
                      appearance="subtle-button"
                      aria-label={`Archiveren: ${AGREEMENT_KIND_LABELS[agreement.kind]}, ${agreement.description}`}
                      onClick={() => askArchive(agreement)}
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
          id="afspraak-archiveren"
          title="Afspraak archiveren?"
          question={`U archiveert de afspraak "${AGREEMENT_KIND_LABELS[archivable.kind]}: ${archivable.description}".`}
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
          aria-labelledby="afspraak-formulier"
          onSubmit={(event) => void handleSubmit(event)}
        >
          <Heading level={3} id="afspraak-formulier">
            {title}
          </Heading>
          {summary && <ErrorSummary message={summary} items={errorItems} />}
          <SelectField
            id={ID.kind}
            label="Soort afspraak"
            emptyLabel="Kies"
            options={KIND_OPTIONS}
            value={values.kind}
            error={errors.kind}
            onChange={set('kind')}
          />
          <TextareaField
            id={ID.description}
            label="Omschrijving"
            description={`Hoogstens ${MAX_NOTE} tekens.`}
            rows={3}
            value={values.description}
            error={errors.description}
            onChange={set('description')}
          />
          <TextField
            id={ID.places}
            label="Aantal plaatsen (niet verplicht)"
            inputMode="numeric"
            size={6}
            value={values.places}
            error={errors.places}
            onChange={set('places')}
          />
          <TextField
            id={ID.validFrom}
            label="Geldig vanaf"
            description="Als JJJJ-MM-DD."
            type="date"
            required
            value={values.validFrom}
            error={errors.validFrom}
            onChange={set('validFrom')}
          />
          <TextField
            id={ID.validTo}
            label="Geldig tot en met (niet verplicht)"
            description="Als JJJJ-MM-DD; leeg als de einddatum nog niet vaststaat."
            type="date"
            value={values.validTo}
            error={errors.validTo}
            onChange={set('validTo')}
          />
          <SelectField
            id={ID.status}
            label="Status"
            options={STATUS_OPTIONS}
            value={values.status}
            error={errors.status}
            onChange={(status) => {
              if (status) set('status')(status);
            }}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={saving}>
              Afspraak opslaan
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={cancel}>
              Annuleren
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => start('new')}>
          Afspraak toevoegen
        </Button>
      )}
    </section>
  );
}
