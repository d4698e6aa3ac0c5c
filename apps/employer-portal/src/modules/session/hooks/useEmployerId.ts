import { useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { SessionQuery } from '../graphql/session.js';

/**
 * The employer the logged-in user acts for. Read from the session already in the cache, so only
 * for pages behind RequireAuth (which has loaded it). While logging out the session empties before
 * the page is gone; the page then keeps the id it had for that last render.
 */
export function useEmployerId(): string {
  const { data } = useQuery(SessionQuery, { fetchPolicy: 'cache-only' });
  const last = useRef<string | null>(null);
  const employerId = data?.viewer?.employerId ?? last.current;
  if (!employerId) throw new Error('useEmployerId needs a logged-in employer user');
  last.current = employerId;
  return employerId;
}
