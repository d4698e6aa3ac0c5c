import { graphql } from '../../../gql/index.js';

export const RequestIntroductionsMutation = graphql(`
  mutation RequestIntroductions($input: RequestIntroductionsInput!) {
    requestIntroductions(input: $input) {
      introductions {
        id
        candidateLabel
        status
      }
      failures {
        candidateNumber
        candidateLabel
        message
      }
    }
  }
`);
