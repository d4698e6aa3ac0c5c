import type { Type } from '@nestjs/common';
import { AUDIENCE_KEY, type Audience } from '../common/auth/audience.decorator.js';
import { FEATURE_MODULES } from '../feature-modules.js';
import { AuthModule } from '../modules/auth/auth.module.js';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

export interface ResolverOperation {
  resolver: string;
  method: string;
  type: 'Query' | 'Mutation' | 'Subscription';
  field: string;
  audience: Audience | undefined;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function methodsOf(type: Type): string[] {
  return Object.getOwnPropertyNames(type.prototype).filter(
    (name) =>
      name !== 'constructor' &&
      typeof Object.getOwnPropertyDescriptor(type.prototype, name)?.value === 'function',
  );
}

/** Every resolver class of the app's modules. */
export function appResolvers(): Type[] {
  const modules: Type[] = [AuthModule, ...FEATURE_MODULES];
  const providers = modules.flatMap(
    (module) => (Reflect.getMetadata('providers', module) ?? []) as Type[],
  );
  return providers.filter((provider) =>
    methodsOf(provider).some((name) =>
      Reflect.hasMetadata(RESOLVER_TYPE, provider.prototype[name]),
    ),
  );
}

/** Every root operation (query, mutation, subscription) with the audience it declares. */
export function rootOperations(): ResolverOperation[] {
  return appResolvers().flatMap((resolver) =>
    methodsOf(resolver).flatMap((method) => {
      const handler = resolver.prototype[method];
      const type = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
      if (!type || !ROOT_TYPES.has(type)) return [];
      const audience = (Reflect.getMetadata(AUDIENCE_KEY, handler) ??
        Reflect.getMetadata(AUDIENCE_KEY, resolver)) as Audience | undefined;
      const field = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
      return [
        {
          resolver: resolver.name,
          method,
          type: type as ResolverOperation['type'],
          field,
          audience,
        },
      ];
    }),
  );
}
