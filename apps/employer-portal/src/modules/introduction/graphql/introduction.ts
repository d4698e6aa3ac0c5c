import { graphql } from '../../../gql/index.js';

export const ChangeEmployerIntroductionStatusMutation = graphql(`
  mutation ChangeEmployerIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String) {
    changeEmployerIntroductionStatus(id: $id, status: $status, note: $note) {
      id
      status
      nextStatuses
      candidate {
        firstName
        lastName
        email
        phone
      }
      history {
        changedAt
        fromStatus
        toStatus
      }
    }
  }
`);
