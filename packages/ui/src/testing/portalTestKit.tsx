import type { ApolloCache, TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import type { ReactNode } from 'react';
import type { LogoutMutationData, SessionViewer } from '../session/session.js';
import { renderWithSession } from './renderWithSession.js';

type GeneratedFields = 'id' | 'email' | 'displayName';

export interface PortalTestKitOptions<TViewer extends SessionViewer> {
  viewerQuery: TypedDocumentNode<{ viewer?: TViewer | null }, Record<string, never>>;
  logoutMutation: TypedDocumentNode<LogoutMutationData, Record<string, never>>;
  allowedRoles: readonly string[];
  /** The portal's routes. */
  routes: () => ReactNode;
  /** The portal's cache factory (its type policies); MockedProvider's default otherwise. */
  createCache?: () => ApolloCache;
  /** A typical viewer of this portal, apart from the id, e-mail address and name. */
  viewerDefaults: () => Omit<TViewer, GeneratedFields>;
}

/** What a portal's page tests need: viewers, session mocks and the whole portal at a path. */
export function createPortalTestKit<TViewer extends SessionViewer>({
  viewerQuery,
  logoutMutation,
  allowedRoles,
  routes,
  createCache,
  viewerDefaults,
}: PortalTestKitOptions<TViewer>) {
  let nextId = 1;

  /** A viewer with a fresh id, e-mail address and name. */
  function buildViewer(overrides: Partial<TViewer> = {}): TViewer & { __typename: 'Viewer' } {
    const id = String(nextId++);
    return {
      __typename: 'Viewer',
      id,
      email: `gebruiker${id}@voorbeeld.nl`,
      displayName: `Gebruiker ${id}`,
      ...viewerDefaults(),
      ...overrides,
    } as TViewer & { __typename: 'Viewer' };
  }

  function sessionMock(viewer: TViewer | null): MockLink.MockedResponse {
    return { request: { query: viewerQuery }, result: { data: { viewer } } };
  }

  function logoutMock(): MockLink.MockedResponse {
    return { request: { query: logoutMutation }, result: { data: { logout: true } } };
  }

  /** The whole portal at `path`, its GraphQL answered by `mocks`. */
  function renderPortal({ path, mocks }: { path: string; mocks: MockLink.MockedResponse[] }) {
    return renderWithSession({
      children: routes(),
      path,
      mocks,
      cache: createCache?.(),
      viewerQuery,
      logoutMutation,
      allowedRoles,
    });
  }

  return { buildViewer, sessionMock, logoutMock, renderPortal };
}
