import {
  CONSENT_METHODS,
  INTRODUCTION_END_REASONS,
  INTRODUCTION_STATUSES,
  type ConsentMethod,
  type IntroductionEndReason,
  type IntroductionStatus,
} from '@werkbrug/domain-rules';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CreatedAt, dateArrayTransformer, UpdatedAt } from '../../database/columns.js';
import { JobSeekerEntity } from '../job-seeker/job-seeker.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { VacancyEntity } from '../vacancy/vacancy.entity.js';

/** A job-seeker put forward for a vacancy; the employer learns who it is only after consent. */
@Entity({ name: 'introduction' })
@Index('introduction_vacancy_job_seeker_key', ['vacancyId', 'jobSeekerId'], { unique: true })
@Index('introduction_job_seeker_id_idx', ['jobSeekerId'])
@Index('introduction_status_idx', ['status'])
@Check(
  'introduction_consent_dates_check',
  'consent_expires_on IS NULL OR consent_expires_on > consent_given_on',
)
export class IntroductionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'introduction_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  vacancyId!: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'introduction_vacancy_id_fkey' })
  vacancy!: Relation<VacancyEntity>;

  @Column({ type: 'uuid' })
  jobSeekerId!: string;

  @ManyToOne(() => JobSeekerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'job_seeker_id',
    foreignKeyConstraintName: 'introduction_job_seeker_id_fkey',
  })
  jobSeeker!: Relation<JobSeekerEntity>;

  @Column({
    type: 'enum',
    enum: INTRODUCTION_STATUSES,
    enumName: 'introduction_status',
    default: 'PROPOSED',
  })
  status!: IntroductionStatus;

  /** Match score (0-100) when the introduction came from a suggestion. */
  @Column({ type: 'smallint', nullable: true })
  matchScore!: number | null;

  /** Why it ended, for DECLINED, REJECTED and WITHDRAWN; null otherwise. */
  @Column({
    type: 'enum',
    enum: INTRODUCTION_END_REASONS,
    enumName: 'introduction_end_reason',
    nullable: true,
  })
  endReason!: IntroductionEndReason | null;

  /** The job-seeker's consent to this introduction (yyyy-mm-dd), recorded with CONSENTED. */
  @Column({ type: 'date', nullable: true })
  consentGivenOn!: string | null;

  @Column({
    type: 'enum',
    enum: CONSENT_METHODS,
    enumName: 'introduction_consent_method',
    nullable: true,
  })
  consentMethod!: ConsentMethod | null;

  /** From this day the consent no longer holds; null: until withdrawn. */
  @Column({ type: 'date', nullable: true })
  consentExpiresOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'introduction_created_by_id_fkey',
  })
  createdBy!: Relation<UserEntity> | null;

  /** Set when an employer user asked for this introduction from the anonymous suggestions. */
  @Column({ type: 'uuid', nullable: true })
  requestedByEmployerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'requested_by_employer_id',
    foreignKeyConstraintName: 'introduction_requested_by_employer_id_fkey',
  })
  requestedByEmployer!: Relation<UserEntity> | null;

  /** The employer's short message with its request, for the WSP. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  employerMessage!: string | null;

  /** Dates (yyyy-mm-dd) the employer proposed for a first meeting. */
  @Column({ type: 'date', array: true, default: '{}', transformer: dateArrayTransformer })
  proposedDates!: string[];

  @OneToMany(() => IntroductionStatusChangeEntity, (change) => change.introduction)
  history!: Relation<IntroductionStatusChangeEntity[]>;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

@Entity({ name: 'introduction_status_change' })
@Index('introduction_status_change_introduction_id_idx', ['introductionId', 'changedAt'])
export class IntroductionStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'introduction_status_change_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  introductionId!: string;

  @ManyToOne(() => IntroductionEntity, (introduction) => introduction.history, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({
    name: 'introduction_id',
    foreignKeyConstraintName: 'introduction_status_change_introduction_id_fkey',
  })
  introduction!: Relation<IntroductionEntity>;

  @Column({
    type: 'enum',
    enum: INTRODUCTION_STATUSES,
    enumName: 'introduction_status',
    nullable: true,
  })
  fromStatus!: IntroductionStatus | null;

  @Column({ type: 'enum', enum: INTRODUCTION_STATUSES, enumName: 'introduction_status' })
  toStatus!: IntroductionStatus;

  @Column({ type: 'uuid', nullable: true })
  changedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'changed_by_id',
    foreignKeyConstraintName: 'introduction_status_change_changed_by_id_fkey',
  })
  changedBy!: Relation<UserEntity> | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  /** The reason given with a step that ends the introduction. */
  @Column({
    type: 'enum',
    enum: INTRODUCTION_END_REASONS,
    enumName: 'introduction_end_reason',
    nullable: true,
  })
  endReason!: IntroductionEndReason | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
