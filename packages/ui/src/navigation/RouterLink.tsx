import { Link, type LinkProps } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

/** href and click handler that make any NL Design System anchor navigate inside the app. */
export function useRouterLinkProps(
  to: To,
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void,
): { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void } {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return {
    href,
    onClick: (event) => {
      onClick?.(event);
      if (!event.defaultPrevented) navigate(event);
    },
  };
}

export interface RouterLinkProps extends Omit<LinkProps, 'href'> {
  to: To;
}

/** The NL Design System Link, navigating with the router instead of reloading the page. */
export function RouterLink({ to, onClick, ...props }: RouterLinkProps) {
  return <Link {...props} {...useRouterLinkProps(to, onClick)} />;
}
