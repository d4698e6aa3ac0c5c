import {
  Alert,
  Button,
  LinkList,
  LinkListLink,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { RouterLink, useRouterLinkProps } from '../navigation/RouterLink.js';
import { PortalNameContext } from '../page-title/usePageTitle.js';
import type { LoginRedirectState } from '../session/RequireAuth.js';
import { useSession } from '../session/session.js';

export interface NavigationItem {
  to: string;
  label: string;
}

export interface AppShellProps {
  /** E.g. "Werkbrug werkgeversportaal"; shown in the header and every page title. */
  portalName: string;
  /** Main menu, shown to logged-in users. */
  navigation?: readonly NavigationItem[];
  loginPath?: string;
  children: ReactNode;
}

const MAIN_ID = 'inhoud';

function NavigationLink({ to, label }: NavigationItem) {
  const { pathname } = useLocation();
  return (
    <LinkListLink {...useRouterLinkProps(to)} aria-current={pathname === to ? 'page' : undefined}>
      {label}
    </LinkListLink>
  );
}

function UserMenu({ loginPath }: { loginPath: string }) {
  const { viewer, signOut } = useSession();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!viewer) return null;

  async function handleLogout() {
    setBusy(true);
    setFailed(false);
    try {
      await signOut();
      const state: LoginRedirectState = { loggedOut: true };
      navigate(loginPath, { replace: true, state });
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <nav className="werkbrug-app-shell__user-menu" aria-label="Gebruikersmenu">
      <Paragraph>
        Ingelogd als <strong>{viewer.displayName}</strong> ({viewer.organisationName})
      </Paragraph>
      <Button appearance="secondary-action-button" busy={busy} onClick={handleLogout}>
        Uitloggen
      </Button>
      {failed && (
        <Alert type="error">
          <Paragraph>Uitloggen is niet gelukt. Probeer het opnieuw.</Paragraph>
        </Alert>
      )}
    </nav>
  );
}

/** The frame of every portal page: skip link, header with user menu, main content, footer. */
export function AppShell({
  portalName,
  navigation = [],
  loginPath = '/inloggen',
  children,
}: AppShellProps) {
  const { viewer } = useSession();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  // After navigating inside the app, start keyboard and screen-reader users at the new content.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    main.current?.focus();
  }, [pathname]);

  return (
    <PortalNameContext.Provider value={portalName}>
      <Page className="werkbrug-app-shell">
        <SkipLink href={`#${MAIN_ID}`}>Direct naar de inhoud</SkipLink>
        <PageHeader>
          <div className="utrecht-page-header__content">
            <div className="werkbrug-app-shell__bar">
              <RouterLink to="/" className="werkbrug-app-shell__portal-name">
                {portalName}
              </RouterLink>
              <UserMenu loginPath={loginPath} />
            </div>
            {viewer && navigation.length > 0 && (
              <nav className="werkbrug-app-shell__navigation" aria-label="Hoofdmenu">
                <LinkList>
                  {navigation.map((item) => (
                    <NavigationLink key={item.to} {...item} />
                  ))}
                </LinkList>
              </nav>
            )}
          </div>
        </PageHeader>
        <PageContent className="werkbrug-app-shell__content">
          <main id={MAIN_ID} ref={main} tabIndex={-1} className="utrecht-page-content__main">
            {children}
          </main>
        </PageContent>
        <PageFooter>
          <div className="utrecht-page-footer__content">
            <Paragraph>
              {portalName} is onderdeel van Werkbrug, het platform van de werkgeversservicepunten in
              de arbeidsmarktregio&apos;s.
            </Paragraph>
          </div>
        </PageFooter>
      </Page>
    </PortalNameContext.Provider>
  );
}
