import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The cache both the app and its tests use. Competences are identified by their code, so a
 * competence found in a search is also the answer to `competence(code)` without another request.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Competence: { keyFields: ['code'] },
      Vacancy: { fields: { competences: { merge: false } } },
      JobCarvingRequest: { fields: { jobs: { merge: false }, history: { merge: false } } },
      EmployerIntroduction: { fields: { history: { merge: false } } },
      Query: {
        fields: {
          competence: {
            read: (existing, { args, toReference }) =>
              existing ?? toReference({ __typename: 'Competence', code: args?.code as string }),
          },
        },
      },
    },
  });
}

/** Talks to the API through the same origin (Vite proxies /graphql), so the session cookie goes along. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
  });
}
