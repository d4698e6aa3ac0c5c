import { useMutation } from '@apollo/client/react';
import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { inputFieldKey } from '@werkbrug/ui';
import type { ContactsSection_EmployerFragment } from '../../../gql/graphql.js';
import { ManagedListSection } from '../../common/ManagedListSection.js';
import type { TextFieldSpec } from '../../common/TextFieldsForm.js';
import {
  CONTACT_FIELDS,
  EMPTY_CONTACT,
  toContactInput,
  validateContact,
  type ContactField,
} from '../contactForm.js';
import {
  AddEmployerContactMutation,
  ArchiveEmployerContactMutation,
  UpdateEmployerContactMutation,
} from '../graphql/contacts.js';

export { ContactsSectionFragment } from '../graphql/contacts.js';

type Contact = ContactsSection_EmployerFragment['contacts'][number];

const FIELDS: readonly TextFieldSpec<ContactField>[] = [
  { key: 'name', label: 'Naam', autoComplete: 'off' },
  { key: 'jobTitle', label: 'Functie', optional: true, autoComplete: 'off' },
  { key: 'email', label: 'E-mailadres', optional: true, type: 'email', autoComplete: 'off' },
  {
    key: 'phone',
    label: 'Telefoonnummer',
    optional: true,
    type: 'tel',
    autoComplete: 'off',
    description: 'Bijvoorbeeld 035 123 45 67 of +31 35 123 45 67.',
  },
];

const keyOf = inputFieldKey(CONTACT_FIELDS);

function valuesOf(contact: Contact) {
  return {
    name: contact.name,
    jobTitle: contact.jobTitle ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
  };
}

function ContactDetails({ contact }: { contact: Contact }) {
  return (
    <>
      <Heading level={3}>{contact.name}</Heading>
      {contact.jobTitle && <Paragraph>{contact.jobTitle}</Paragraph>}
      {contact.email && (
        <Paragraph>
          E-mail: <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
        </Paragraph>
      )}
      {contact.phone && <Paragraph>Telefoon: {contact.phone}</Paragraph>}
    </>
  );
}

/** The people at the employer the WSP can reach. */
export function ContactsSection({ employer }: { employer: ContactsSection_EmployerFragment }) {
  const [addContact] = useMutation(AddEmployerContactMutation);
  const [updateContact] = useMutation(UpdateEmployerContactMutation);
  const [archiveContact] = useMutation(ArchiveEmployerContactMutation);

  return (
    <ManagedListSection
      id="contactpersonen"
      title="Contactpersonen"
      noun="contactpersoon"
      items={employer.contacts}
      itemName={(contact) => contact.name}
      renderItem={(contact) => <ContactDetails contact={contact} />}
      emptyText="Er zijn nog geen contactpersonen. Voeg toe wie het werkgeversservicepunt kan bereiken."
      archiveWarning="Het werkgeversservicepunt ziet deze persoon dan niet meer als contactpersoon."
      fields={FIELDS}
      emptyValues={EMPTY_CONTACT}
      valuesOf={valuesOf}
      validate={validateContact}
      keyOf={keyOf}
      onAdd={(values) =>
        addContact({ variables: { employerId: employer.id, input: toContactInput(values) } })
      }
      onUpdate={(id, values) => updateContact({ variables: { id, input: toContactInput(values) } })}
      onArchive={(id) => archiveContact({ variables: { id } })}
    />
  );
}
