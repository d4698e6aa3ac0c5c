import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands every error of a resolver to Apollo untouched, where formatGraphQLError maps it once.
 * (Without this, Nest logs expected DomainErrors as unhandled exceptions.) HTTP routes such as
 * /health keep Nest's own handling.
 */
@Catch()
export class GraphQLPassthroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
