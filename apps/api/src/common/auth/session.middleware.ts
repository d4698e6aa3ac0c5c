import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { SessionService } from '../../modules/auth/session.service.js';
import type { Viewer } from './viewer.js';

export const SESSION_COOKIE = 'werkbrug_session';

export interface RequestWithViewer extends Request {
  viewer?: Viewer;
  sessionToken?: string;
}

/** Resolves the session cookie into a Viewer before any resolver runs. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(request: RequestWithViewer, _response: Response, next: NextFunction): Promise<void> {
    const token = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (token) {
      try {
        const viewer = await this.sessions.viewerForToken(token);
        if (viewer) {
          request.viewer = viewer;
          request.sessionToken = token;
        }
      } catch (error) {
        next(error);
        return;
      }
    }
    next();
  }
}
