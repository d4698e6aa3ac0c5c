import { ButtonLink, type ButtonLinkProps } from '@utrecht/component-library-react';
import { useRouterLinkProps } from '@werkbrug/ui';
import type { To } from 'react-router';

export interface RouterButtonLinkProps extends Omit<ButtonLinkProps, 'href'> {
  to: To;
}

/** A link that looks like a button (for navigation, e.g. "Nieuwe vacature"), routed in the app. */
export function RouterButtonLink({ to, onClick, ...props }: RouterButtonLinkProps) {
  return <ButtonLink {...props} {...useRouterLinkProps(to, onClick)} />;
}
