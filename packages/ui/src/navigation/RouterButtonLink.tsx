import { ButtonLink, type ButtonLinkProps } from '@utrecht/component-library-react';
import type { To } from 'react-router';
import { useRouterLinkProps } from './RouterLink.js';

export interface RouterButtonLinkProps extends Omit<ButtonLinkProps, 'href'> {
  to: To;
}

/** A link that looks like a button (for navigation, e.g. "Nieuwe vacature"), routed in the app. */
export function RouterButtonLink({ to, onClick, ...props }: RouterButtonLinkProps) {
  return <ButtonLink {...props} {...useRouterLinkProps(to, onClick)} />;
}
