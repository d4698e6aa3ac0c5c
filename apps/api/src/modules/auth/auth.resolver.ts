import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { Inject } from '@nestjs/common';
import { Public } from '../../common/auth/audience.decorator.js';
import { SESSION_COOKIE, type RequestWithViewer } from '../../common/auth/session.middleware.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { toViewerModel } from './auth.mapper.js';
import { AuthService } from './auth.service.js';
import { LoginInput } from './dto/login.input.js';
import { ViewerModel } from './dto/viewer.model.js';

interface HttpContext {
  req: RequestWithViewer;
  res: Response;
}

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Public: tells a portal whether someone is logged in (null when not).
  @Public()
  @Query(() => ViewerModel, { nullable: true, description: 'The logged-in user, or null.' })
  viewer(@Context() { req }: HttpContext): ViewerModel | null {
    return req.viewer ? toViewerModel(req.viewer) : null;
  }

  // Public: this is how a session starts.
  @Public()
  @Mutation(() => ViewerModel, { description: 'Logs in and sets an httpOnly session cookie.' })
  async login(
    @Args('input') input: LoginInput,
    @Context() { res }: HttpContext,
  ): Promise<ViewerModel> {
    const result = await this.auth.login(input);
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      secure: this.config.cookieSecure,
      sameSite: 'strict',
      path: '/',
      expires: result.expiresAt,
    });
    return toViewerModel(result.viewer);
  }

  // Public: clearing a cookie must work even when the session has already expired.
  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session and clears its cookie.' })
  async logout(@Context() { req, res }: HttpContext): Promise<boolean> {
    await this.auth.logout(req.sessionToken);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
