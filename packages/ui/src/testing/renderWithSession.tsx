import type { ApolloCache, TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import {
  SessionProvider,
  type LogoutMutationData,
  type SessionQueryData,
} from '../session/session.js';

export interface RenderWithSessionOptions {
  /** What the router shows, e.g. the portal's routes. */
  children: ReactNode;
  path?: string;
  mocks?: readonly MockLink.MockedResponse[];
  /** The portal's own cache (its type policies); MockedProvider's default otherwise. */
  cache?: ApolloCache;
  viewerQuery: TypedDocumentNode<SessionQueryData, Record<string, never>>;
  logoutMutation: TypedDocumentNode<LogoutMutationData, Record<string, never>>;
  allowedRoles: readonly string[];
}

/**
 * Renders `children` inside a memory router at `path` and a session whose GraphQL is answered by
 * `mocks`; `location()` tells where the router is now.
 */
export function renderWithSession({
  children,
  path = '/',
  mocks = [],
  cache,
  viewerQuery,
  logoutMutation,
  allowedRoles,
}: RenderWithSessionOptions) {
  const current: { location?: Location } = {};
  const result = render(
    <MockedProvider mocks={mocks} cache={cache}>
      <SessionProvider
        viewerQuery={viewerQuery}
        logoutMutation={logoutMutation}
        allowedRoles={allowedRoles}
      >
        <MemoryRouter initialEntries={[path]}>
          <LocationSpy current={current} />
          {children}
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
  return {
    ...result,
    location(): Location {
      if (!current.location) throw new Error('rendered without a location');
      return current.location;
    },
  };
}

function LocationSpy({ current }: { current: { location?: Location } }) {
  const location = useLocation();
  useEffect(() => {
    current.location = location;
  }, [current, location]);
  return null;
}
