import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';

/** The logged-in user as the portals need it; the portals' generated Viewer types fit this shape. */
export interface SessionViewer {
  id: string;
  email: string;
  displayName: string;
  roles: readonly string[];
  organisationName: string;
}

export type SessionStatus = 'loading' | 'error' | 'anonymous' | 'authenticated';

export interface Session {
  status: SessionStatus;
  viewer: SessionViewer | null;
  /** Makes a viewer returned by the login mutation the current session. */
  signIn(viewer: SessionViewer): void;
  /** Ends the session on the server and forgets everything cached for this user. */
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export interface SessionQueryData {
  viewer?: SessionViewer | null;
}

export interface LogoutMutationData {
  logout: boolean;
}

export interface SessionProviderProps {
  /** The portal's `viewer` query; its result is the session. */
  viewerQuery: TypedDocumentNode<SessionQueryData, Record<string, never>>;
  logoutMutation: TypedDocumentNode<LogoutMutationData, Record<string, never>>;
  /** Roles that may use this portal; a viewer without any of them counts as not logged in. */
  allowedRoles: readonly string[];
  children: ReactNode;
}

export function SessionProvider({
  viewerQuery,
  logoutMutation,
  allowedRoles,
  children,
}: SessionProviderProps) {
  const client = useApolloClient();
  const { data, error, loading } = useQuery(viewerQuery);
  const [logout] = useMutation(logoutMutation);

  // Cookies are per host, not per port: a session of the other portal can reach this one.
  const current = data?.viewer ?? null;
  const viewer =
    current && current.roles.some((role) => allowedRoles.includes(role)) ? current : null;
  const status: SessionStatus = viewer
    ? 'authenticated'
    : loading
      ? 'loading'
      : error
        ? 'error'
        : 'anonymous';

  const signIn = useCallback(
    (signedIn: SessionViewer) => {
      client.cache.writeQuery({ query: viewerQuery, data: { viewer: signedIn } });
    },
    [client, viewerQuery],
  );

  const signOut = useCallback(async () => {
    await logout();
    client.cache.writeQuery({ query: viewerQuery, data: { viewer: null } });
    await client.clearStore();
  }, [client, logout, viewerQuery]);

  const session = useMemo(
    () => ({ status, viewer, signIn, signOut }),
    [status, viewer, signIn, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside a SessionProvider');
  return session;
}

/** The logged-in user; only for components behind RequireAuth. */
export function useViewer(): SessionViewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer must be used behind RequireAuth');
  return viewer;
}
