import { createContext, useContext, useEffect } from 'react';

/** The portal's name, provided by AppShell, used in page titles and the header. */
export const PortalNameContext = createContext('Werkbrug');

/** Sets document.title to "<title> - <portal name>" while the page is shown (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  const portalName = useContext(PortalNameContext);
  useEffect(() => {
    document.title = `${title} - ${portalName}`;
  }, [title, portalName]);
}
