import { graphql } from '../../../gql/index.js';

export const SubmitJobCarvingRequestMutation = graphql(`
  mutation SubmitJobCarvingRequest($input: SubmitJobCarvingRequestInput!) {
    submitJobCarvingRequest(input: $input) {
      id
      status
    }
  }
`);

export const ChangeJobCarvingStatusMutation = graphql(`
  mutation ChangeJobCarvingStatus($id: ID!, $status: JobCarvingStatus!, $note: String) {
    changeJobCarvingStatus(id: $id, status: $status, note: $note) {
      id
      status
      updatedAt
      history {
        changedAt
        changedByName
        fromStatus
        toStatus
        note
      }
    }
  }
`);
