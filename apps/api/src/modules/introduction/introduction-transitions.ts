import { Injectable } from '@nestjs/common';
import type { IntroductionStatus } from '@werkbrug/domain-rules';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { canTransition, mayChangeStatus } from './introduction-status.js';
import { IntroductionEntity, IntroductionStatusChangeEntity } from './introduction.entity.js';
import { IntroductionErrors } from './introduction.exception.js';
import { PipelineJobSeekers } from './pipeline-job-seekers.js';

/**
 * Moves an introduction along its life cycle. Callers check first that the viewer reaches the
 * introduction, and pass the manager of their transaction with the introduction row locked.
 */
@Injectable()
export class IntroductionTransitions {
  constructor(private readonly jobSeekers: PipelineJobSeekers) {}

  async apply(
    manager: EntityManager,
    viewer: Viewer,
    introduction: Pick<IntroductionEntity, 'id' | 'status' | 'jobSeekerId'>,
    to: IntroductionStatus,
    note: string | null | undefined,
  ): Promise<void> {
    const from = introduction.status;
    if (!canTransition(from, to)) throw IntroductionErrors.invalidTransition(from, to);
    if (!mayChangeStatus(viewer.role, from, to)) throw IntroductionErrors.stepNotYours();
    if (to === 'INTRODUCED') {
      // The employer is about to learn who it is: the consent must still stand.
      const facts = await this.jobSeekers.factsOf(introduction.jobSeekerId, manager);
      if (!facts || facts.archived) throw IntroductionErrors.jobSeekerArchived();
      if (facts.consentStatus === 'WITHDRAWN') throw IntroductionErrors.consentWithdrawn();
    }
    await manager.getRepository(IntroductionEntity).update(introduction.id, { status: to });
    await manager.getRepository(IntroductionStatusChangeEntity).insert({
      introductionId: introduction.id,
      fromStatus: from,
      toStatus: to,
      changedById: viewer.userId,
      note: note?.trim() || null,
      changedAt: new Date(),
    });
  }
}
