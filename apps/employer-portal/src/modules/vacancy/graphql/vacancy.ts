import { graphql } from '../../../gql/index.js';

export const CreateVacancyMutation = graphql(`
  mutation CreateVacancy($input: CreateVacancyInput!) {
    createVacancy(input: $input) {
      ...VacancyForm_vacancy
    }
  }
`);

export const UpdateVacancyMutation = graphql(`
  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {
    updateVacancy(id: $id, input: $input) {
      ...VacancyForm_vacancy
    }
  }
`);

export const SetVacancyCompetencesMutation = graphql(`
  mutation SetVacancyCompetences($id: ID!, $competences: [VacancyCompetenceInput!]!) {
    setVacancyCompetences(id: $id, competences: $competences) {
      ...VacancyForm_vacancy
    }
  }
`);

export const ChangeVacancyStatusMutation = graphql(`
  mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {
    changeVacancyStatus(id: $id, status: $status) {
      id
      status
      updatedAt
    }
  }
`);
