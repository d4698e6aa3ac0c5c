import { graphql } from '../../../gql/index.js';

export const ViewerFragment = graphql(`
  fragment Viewer_viewer on Viewer {
    id
    email
    displayName
    roles
    organisationName
    employerId
    regionCodes
  }
`);

export const SessionQuery = graphql(`
  query Session {
    viewer {
      ...Viewer_viewer
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
