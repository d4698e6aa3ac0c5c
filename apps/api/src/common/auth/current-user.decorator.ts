import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../errors/domain-error.js';
import type { RequestWithViewer } from './session.middleware.js';
import type { Viewer } from './viewer.js';

/** The logged-in user; the guard has already refused anonymous calls where this is used. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer => {
    const request = GqlExecutionContext.create(context).getContext<{ req: RequestWithViewer }>()
      .req;
    if (!request.viewer) throw unauthenticated();
    return request.viewer;
  },
);
