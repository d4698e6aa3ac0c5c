import { Injectable } from '@nestjs/common';
import {
  checkEndReason,
  checkIntroductionConsent,
  isConsentExpired,
  type IntroductionEndReason,
  type IntroductionStatus,
} from '@werkbrug/domain-rules';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { canTransition, mayChangeStatus } from './introduction-status.js';
import { IntroductionEntity, IntroductionStatusChangeEntity } from './introduction.entity.js';
import { IntroductionErrors } from './introduction.exception.js';
import { PipelineJobSeekers } from './pipeline-job-seekers.js';
import type { IntroductionConsentInput } from './dto/introduction.input.js';

/** What a step may carry besides its note: the reason it ended, or the consent it records. */
export interface StepOutcome {
  endReason?: IntroductionEndReason | null;
  consent?: IntroductionConsentInput | null;
}

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
    introduction: Pick<IntroductionEntity, 'id' | 'status' | 'jobSeekerId'> &
      Partial<Pick<IntroductionEntity, 'consentExpiresOn'>>,
    to: IntroductionStatus,
    note: string | null | undefined,
    { endReason = null, consent = null }: StepOutcome = {},
  ): Promise<void> {
    const from = introduction.status;
    if (!canTransition(from, to)) throw IntroductionErrors.invalidTransition(from, to);
    if (!mayChangeStatus(viewer.role, from, to)) throw IntroductionErrors.stepNotYours();
    // An employer rejecting a candidate is by definition the employer's "no".
    const reason =
      endReason ??
      (viewer.role === 'EMPLOYER_USER' && to === 'REJECTED' ? 'DECLINED_BY_EMPLOYER' : null);
    const reasonError = checkEndReason(to, reason);
    if (reasonError) throw IntroductionErrors.badEndReason(reasonError);
    const today = todayInNetherlands();
    if (to === 'CONSENTED') {
      if (!consent) throw IntroductionErrors.consentMissing();
      const errors = checkIntroductionConsent(consent, today);
      if (errors.length) throw IntroductionErrors.badConsent(errors);
    } else if (consent) {
      throw IntroductionErrors.consentNotExpected();
    }
    if (to === 'INTRODUCED') {
      // The employer is about to learn who it is: the consent must still stand.
      const facts = await this.jobSeekers.factsOf(introduction.jobSeekerId, manager);
      if (!facts || facts.archived) throw IntroductionErrors.jobSeekerArchived();
      if (facts.consentStatus === 'WITHDRAWN') throw IntroductionErrors.consentWithdrawn();
      if (isConsentExpired(introduction.consentExpiresOn ?? null, today))
        throw IntroductionErrors.consentExpired();
    }
    await manager.getRepository(IntroductionEntity).update(introduction.id, {
      status: to,
      ...(reason && { endReason: reason }),
      ...(consent && {
        consentGivenOn: consent.givenOn,
        consentMethod: consent.method,
        consentExpiresOn: consent.expiresOn ?? null,
      }),
    });
    await manager.getRepository(IntroductionStatusChangeEntity).insert({
      introductionId: introduction.id,
      fromStatus: from,
      toStatus: to,
      changedById: viewer.userId,
      note: note?.trim() || null,
      endReason: reason,
      changedAt: new Date(),
    });
  }
}
