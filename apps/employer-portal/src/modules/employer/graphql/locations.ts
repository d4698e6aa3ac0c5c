import { graphql } from '../../../gql/index.js';

export const LocationsSectionFragment = graphql(`
  fragment LocationsSection_employer on Employer {
    id
    locations {
      id
      name
      street
      postcode
      city
    }
  }
`);

export const AddEmployerLocationMutation = graphql(`
  mutation AddEmployerLocation($employerId: ID!, $input: EmployerLocationInput!) {
    addEmployerLocation(employerId: $employerId, input: $input) {
      ...LocationsSection_employer
    }
  }
`);

export const UpdateEmployerLocationMutation = graphql(`
  mutation UpdateEmployerLocation($id: ID!, $input: UpdateEmployerLocationInput!) {
    updateEmployerLocation(id: $id, input: $input) {
      ...LocationsSection_employer
    }
  }
`);

export const ArchiveEmployerLocationMutation = graphql(`
  mutation ArchiveEmployerLocation($id: ID!) {
    archiveEmployerLocation(id: $id) {
      ...LocationsSection_employer
    }
  }
`);
