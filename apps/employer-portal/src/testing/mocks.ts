import type { MockLink } from '@apollo/client/testing';
import { StartPageQuery } from '../pages/home/StartPage.js';
import { buildEmployer, buildIntroduction, buildVacancy, connection } from './builders.js';

interface Overview {
  employer?: ReturnType<typeof buildEmployer>;
  vacancies?: ReturnType<typeof buildVacancy>[];
  introductions?: ReturnType<typeof buildIntroduction>[];
  proposals?: { id: string; department: string }[];
}

/** The start page's overview for the employer of buildViewer() (id 17). */
export function startPageMock({
  employer = buildEmployer(),
  vacancies = [],
  introductions = [],
  proposals = [],
}: Overview = {}): MockLink.MockedResponse {
  return {
    request: { query: StartPageQuery, variables: { employerId: '17' } },
    result: {
      data: {
        employer,
        openVacancies: connection(vacancies, 'VacancyConnection'),
        employerIntroductions: connection(introductions, 'EmployerIntroductionConnection'),
        proposedJobCarving: connection(
          proposals.map((p) => ({ __typename: 'JobCarvingRequest', ...p })),
          'JobCarvingRequestConnection',
        ),
      },
    },
  };
}
