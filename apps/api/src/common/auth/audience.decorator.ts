import { SetMetadata } from '@nestjs/common';
import type { Role } from '@werkbrug/domain-rules';

export const AUDIENCE_KEY = 'werkbrug:audience';

/** Who may call an operation: anyone, or logged-in users with one of the roles. */
export type Audience = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Callable without a session (login, viewer). Say why in a comment where it is used. */
export const Public = () => SetMetadata(AUDIENCE_KEY, { kind: 'public' } satisfies Audience);

/** Callable by logged-in users with one of these roles. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(AUDIENCE_KEY, { kind: 'roles', roles } satisfies Audience);
