import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../errors/domain-error.js';
import { AUDIENCE_KEY, type Audience } from './audience.decorator.js';
import type { RequestWithViewer } from './session.middleware.js';

/** Default deny: an operation without a declared audience is refused for everyone. */
@Injectable()
export class AudienceGuard implements CanActivate {
  private readonly logger = new Logger(AudienceGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const audience = this.reflector.getAllAndOverride<Audience | undefined>(AUDIENCE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!audience) {
      this.logger.error(
        `refused ${context.getClass().name}.${context.getHandler().name}: no audience declared`,
      );
      throw forbidden();
    }
    if (audience.kind === 'public') return true;
    const request =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req: RequestWithViewer }>().req
        : context.switchToHttp().getRequest<RequestWithViewer>();
    const viewer = request.viewer;
    if (!viewer) throw unauthenticated();
    if (!audience.roles.includes(viewer.role)) throw forbidden();
    return true;
  }
}
