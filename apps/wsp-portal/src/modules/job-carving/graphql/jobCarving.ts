import { graphql } from '../../../gql/index.js';

/** Everything the request page shows; the mutations answer with it so the page updates. */
export const JobCarvingRequestFragment = graphql(`
  fragment JobCarvingRequest_request on JobCarvingRequest {
    id
    department
    reason
    notes
    status
    regionCode
    createdAt
    employer {
      id
      name
    }
    jobs {
      id
      title
      headcount
      tasks {
        name
        sharePercent
        complexity
        splittable
      }
    }
    analysis {
      summary
      recordedByName
      recordedAt
      tasks {
        jobId
        taskIndex
        jobTitle
        taskName
        sharePercent
        complexity
        splittable
      }
    }
    proposal {
      title
      description
      hoursPerWeek
      proposedByName
      proposedAt
      tasks {
        jobId
        taskIndex
        jobTitle
        taskName
      }
      competences {
        competenceCode
        competenceName
        minLevel
        weight
        requirement
      }
    }
    vacancy {
      id
      title
    }
    history {
      fromStatus
      toStatus
      note
      changedByName
      changedAt
    }
  }
`);

export const RecordJobCarvingAnalysisMutation = graphql(`
  mutation RecordJobCarvingAnalysis($id: ID!, $input: RecordJobCarvingAnalysisInput!) {
    recordJobCarvingAnalysis(id: $id, input: $input) {
      ...JobCarvingRequest_request
    }
  }
`);

export const ProposeJobCarvingRoleMutation = graphql(`
  mutation ProposeJobCarvingRole($id: ID!, $input: ProposeJobCarvingRoleInput!) {
    proposeJobCarvingRole(id: $id, input: $input) {
      ...JobCarvingRequest_request
    }
  }
`);

export const CreateVacancyFromJobCarvingMutation = graphql(`
  mutation CreateVacancyFromJobCarving($id: ID!, $input: CreateVacancyFromJobCarvingInput!) {
    createVacancyFromJobCarving(id: $id, input: $input) {
      ...JobCarvingRequest_request
    }
  }
`);

/** Competences to add to a carved role; nothing is asked until something is typed. */
export const CarvedRoleCompetenceSearchQuery = graphql(`
  query CarvedRoleCompetenceSearch($search: String!, $first: Int!) {
    competences(search: $search, first: $first) {
      nodes {
        code
        label
        group
      }
    }
  }
`);
