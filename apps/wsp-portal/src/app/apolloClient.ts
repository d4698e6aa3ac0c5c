import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Talks to the API through the same origin (Vite proxies /graphql), so the session cookie goes along. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
