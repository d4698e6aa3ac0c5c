import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import type { Portal } from '../../common/graphql/enums.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { UserEntity } from '../user/user.entity.js';
import { AuthErrors } from './auth.exception.js';
import { LoginThrottle } from './login-throttle.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { SessionService, toViewer } from './session.service.js';

export interface LoginResult {
  viewer: Viewer;
  token: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  private readonly throttle = new LoginThrottle();

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(input: { email: string; password: string; portal: Portal }): Promise<LoginResult> {
    const email = input.email.trim().toLowerCase();
    if (this.throttle.isBlocked(email)) throw AuthErrors.tooManyAttempts();
    const user = await this.users.findOne({
      where: { email, archivedAt: IsNull() },
      relations: { organisation: true, employer: true, regions: true },
    });
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
    if (!user || !valid) {
      this.throttle.recordFailure(email);
      throw AuthErrors.wrongCredentials();
    }
    this.throttle.reset(email);
    if (user.isDemo && this.config.nodeEnv === 'production') throw AuthErrors.demoRefused();
    const isEmployerUser = user.role === 'EMPLOYER_USER';
    if (isEmployerUser !== (input.portal === 'EMPLOYER'))
      throw AuthErrors.wrongPortal(input.portal);
    const session = await this.sessions.start(user.id);
    return { viewer: toViewer(user, ''), ...session };
  }

  logout(token: string | undefined): Promise<void> {
    return token ? this.sessions.end(token) : Promise.resolve();
  }
}
