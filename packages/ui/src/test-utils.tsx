import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import type { ReactNode } from 'react';
import { Routes } from 'react-router';
import type { LogoutMutationData, SessionQueryData, SessionViewer } from './session/session.js';
import { renderWithSession } from './testing/renderWithSession.js';

export const TestSessionDocument: TypedDocumentNode<SessionQueryData, Record<string, never>> = gql`
  query TestSession {
    viewer {
      id
      email
      displayName
      roles
      organisationName
    }
  }
`;

export const TestLogoutDocument: TypedDocumentNode<LogoutMutationData, Record<string, never>> = gql`
  mutation TestLogout {
    logout
  }
`;

let nextId = 1;

export function buildViewer(overrides: Partial<SessionViewer> = {}): SessionViewer {
  const id = String(nextId++);
  return {
    id,
    email: `gebruiker${id}@voorbeeld.nl`,
    displayName: `Gebruiker ${id}`,
    roles: ['ACCOUNT_MANAGER'],
    organisationName: 'WSP Gooi en Vechtstreek',
    ...overrides,
  };
}

export function sessionMock(viewer: SessionViewer | null): MockLink.MockedResponse {
  return {
    request: { query: TestSessionDocument },
    result: { data: { viewer: viewer && { __typename: 'Viewer', ...viewer } } },
  };
}

export function logoutMock(): MockLink.MockedResponse {
  return { request: { query: TestLogoutDocument }, result: { data: { logout: true } } };
}

interface RenderAppOptions {
  /** `<Route>` elements. */
  routes: ReactNode;
  path?: string;
  mocks?: readonly MockLink.MockedResponse[];
  allowedRoles?: readonly string[];
}

/** Renders routes inside a session backed by mocked GraphQL responses. */
export function renderApp({
  routes,
  path = '/',
  mocks = [],
  allowedRoles = ['ACCOUNT_MANAGER'],
}: RenderAppOptions) {
  return renderWithSession({
    children: <Routes>{routes}</Routes>,
    path,
    mocks,
    viewerQuery: TestSessionDocument,
    logoutMutation: TestLogoutDocument,
    allowedRoles,
  });
}
