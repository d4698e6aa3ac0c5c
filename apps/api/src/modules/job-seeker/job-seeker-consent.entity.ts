import {
  CONSENT_METHODS,
  CONSENT_STATUSES,
  type ConsentMethod,
  type ConsentStatus,
} from '@werkbrug/domain-rules';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../user/user.entity.js';
import { JobSeekerEntity } from './job-seeker.entity.js';

/**
 * One change of a job-seeker's consent to be matched, kept for accountability (AVG art. 7(1): the
 * controller must be able to show consent was given). Never changed after it is written.
 */
@Entity({ name: 'job_seeker_consent_change' })
@Index('job_seeker_consent_change_job_seeker_id_idx', ['jobSeekerId', 'recordedAt'])
@Check('job_seeker_consent_change_expiry_check', 'expires_on IS NULL OR expires_on > effective_on')
export class JobSeekerConsentChangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'job_seeker_consent_change_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  jobSeekerId!: string;

  @ManyToOne(() => JobSeekerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'job_seeker_id',
    foreignKeyConstraintName: 'job_seeker_consent_change_job_seeker_id_fkey',
  })
  jobSeeker!: Relation<JobSeekerEntity>;

  @Column({ type: 'enum', enum: CONSENT_STATUSES, enumName: 'consent_status' })
  status!: ConsentStatus;

  @Column({ type: 'enum', enum: CONSENT_METHODS, enumName: 'consent_method', nullable: true })
  method!: ConsentMethod | null;

  /** The day consent was given or withdrawn. */
  @Column({ type: 'date' })
  effectiveOn!: string;

  @Column({ type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'job_seeker_consent_change_recorded_by_id_fkey',
  })
  recordedBy!: Relation<UserEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
