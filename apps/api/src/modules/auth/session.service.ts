import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, MoreThan, Repository } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import type { UserEntity } from '../user/user.entity.js';
import { SessionEntity } from './session.entity.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Server-side sessions: the cookie carries a random token, the database only its hash. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlHours * 3_600_000;
  }

  async start(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.ttlMs);
    await this.sessions.insert({ tokenHash: hashToken(token), userId, expiresAt, revokedAt: null });
    return { token, expiresAt };
  }

  async end(token: string): Promise<void> {
    await this.sessions.update(
      { tokenHash: hashToken(token), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  async viewerForToken(token: string): Promise<Viewer | null> {
    if (token.length > 100) return null;
    const session = await this.sessions.findOne({
      where: { tokenHash: hashToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: { organisation: true, employer: true, regions: true } },
    });
    if (!session || session.user.archivedAt) return null;
    if (session.user.isDemo && this.config.nodeEnv === 'production') return null;
    return toViewer(session.user, session.id);
  }
}

export function toViewer(user: UserEntity, sessionId: string): Viewer {
  return {
    userId: user.id,
    sessionId,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisationId: user.organisationId,
    organisationName: user.employer?.name ?? user.organisation?.name ?? '',
    employerId: user.employerId,
    regionCodes: (user.regions ?? []).map((region) => region.code).sort(),
  };
}
