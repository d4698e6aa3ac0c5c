import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { SessionEntity } from '../auth/session.entity.js';
import { UserEntity } from './user.entity.js';
import { UserErrors } from './user.exception.js';

/** A logged-in user changes its own password; its other sessions end. */
@Injectable()
export class PasswordChangeService {
  /** Guessing the current password from a borrowed session is throttled like a login. */
  private readonly throttle = new LoginThrottle();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async changePassword(
    viewer: Viewer,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    if (this.throttle.isBlocked(viewer.userId)) throw UserErrors.tooManyAttempts();
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ id: viewer.userId });
    if (user.isDemo) throw UserErrors.demoPassword();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      this.throttle.recordFailure(viewer.userId);
      throw UserErrors.wrongCurrentPassword();
    }
    this.throttle.reset(viewer.userId);
    if (newPassword === currentPassword) throw UserErrors.samePassword();
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, user.id, { passwordHash });
      await manager.update(
        SessionEntity,
        { userId: user.id, id: Not(viewer.sessionId), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
    });
  }
}
