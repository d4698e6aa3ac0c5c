import { NoAccessPage, useViewer } from '@werkbrug/ui';
import type { ReactNode } from 'react';
import type { Role } from '../gql/graphql.js';

export interface RequireRoleProps {
  /** Roles that may see the page; anyone else gets "Geen toegang". */
  roles: readonly Role[];
  children: ReactNode;
}

/** Behind RequireAuth: shows the page to users with one of `roles`. The API checks again. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const viewer = useViewer();
  const allowed = viewer.roles.some((role) => (roles as readonly string[]).includes(role));
  return allowed ? children : <NoAccessPage />;
}

/** Whether the logged-in user has one of `roles`; for showing or hiding actions. */
export function useHasRole(...roles: Role[]): boolean {
  const viewer = useViewer();
  return viewer.roles.some((role) => (roles as readonly string[]).includes(role));
}
