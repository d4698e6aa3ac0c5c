import { graphql } from '../../../gql/index.js';

export const ContactsSectionFragment = graphql(`
  fragment ContactsSection_employer on Employer {
    id
    contacts {
      id
      name
      jobTitle
      email
      phone
    }
  }
`);

export const AddEmployerContactMutation = graphql(`
  mutation AddEmployerContact($employerId: ID!, $input: EmployerContactInput!) {
    addEmployerContact(employerId: $employerId, input: $input) {
      ...ContactsSection_employer
    }
  }
`);

export const UpdateEmployerContactMutation = graphql(`
  mutation UpdateEmployerContact($id: ID!, $input: UpdateEmployerContactInput!) {
    updateEmployerContact(id: $id, input: $input) {
      ...ContactsSection_employer
    }
  }
`);

export const ArchiveEmployerContactMutation = graphql(`
  mutation ArchiveEmployerContact($id: ID!) {
    archiveEmployerContact(id: $id) {
      ...ContactsSection_employer
    }
  }
`);
