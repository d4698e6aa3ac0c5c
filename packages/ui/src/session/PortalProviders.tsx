import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { SessionProvider, type SessionProviderProps } from './session.js';

export interface PortalProvidersProps extends SessionProviderProps {
  client: ApolloClient;
}

/** What every portal runs in: its Apollo client, the session and the browser's router. */
export function PortalProviders({ client, children, ...session }: PortalProvidersProps) {
  return (
    <ApolloProvider client={client}>
      <SessionProvider {...session}>
        <BrowserRouter>{children}</BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  );
}
