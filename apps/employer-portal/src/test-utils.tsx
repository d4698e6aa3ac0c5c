import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { SessionProvider } from '@werkbrug/ui';
import { useEffect } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { createCache } from './app/apolloClient.js';
import { PORTAL_ROLES } from './app/portal.js';
import { AppRoutes } from './app/router.js';
import type { Viewer_ViewerFragment } from './gql/graphql.js';
import { LogoutMutation, SessionQuery } from './modules/session/graphql/session.js';

let nextId = 1;

export function buildViewer(overrides: Partial<Viewer_ViewerFragment> = {}) {
  const id = String(nextId++);
  return {
    __typename: 'Viewer' as const,
    id,
    email: `gebruiker${id}@voorbeeld.nl`,
    displayName: `Gebruiker ${id}`,
    roles: PORTAL_ROLES.slice(),
    organisationName: 'Bakkerij De Korenschoof',
    employerId: '17',
    regionCodes: ['AM12'],
    ...overrides,
  };
}

export function sessionMock(
  viewer: ReturnType<typeof buildViewer> | null,
): MockLink.MockedResponse {
  return { request: { query: SessionQuery }, result: { data: { viewer } } };
}

export function logoutMock(): MockLink.MockedResponse {
  return { request: { query: LogoutMutation }, result: { data: { logout: true } } };
}

/** The whole portal at `path`, its GraphQL answered by `mocks`. */
export function renderPortal({ path, mocks }: { path: string; mocks: MockLink.MockedResponse[] }) {
  const current: { location?: Location } = {};
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <SessionProvider
        viewerQuery={SessionQuery}
        logoutMutation={LogoutMutation}
        allowedRoles={PORTAL_ROLES}
      >
        <MemoryRouter initialEntries={[path]}>
          <LocationSpy current={current} />
          <AppRoutes />
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
