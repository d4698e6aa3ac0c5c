import { INTRODUCTION_STATUSES, type IntroductionStatus } from '@werkbrug/domain-rules';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns.js';
import { JobSeekerEntity } from '../job-seeker/job-seeker.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { VacancyEntity } from '../vacancy/vacancy.entity.js';

/** A job-seeker put forward for a vacancy; the employer learns who it is only after consent. */
@Entity({ name: 'introduction' })
@Index('introduction_vacancy_job_seeker_key', ['vacancyId', 'jobSeekerId'], { unique: true })
@Index('introduction_job_seeker_id_idx', ['jobSeekerId'])
@Index('introduction_status_idx', ['status'])
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
  @JoinColumn({ name: 'job_seeker_id', foreignKeyConstraintName: 'introduction_job_seeker_id_fkey' })
  jobSeeker!: Relation<JobSeekerEntity>;

  @Column({ type: 'enum', enum: INTRODUCTION_STATUSES, enumName: 'introduction_status', default: 'PROPOSED' })
  status!: IntroductionStatus;

  /** Match score (0-100) when the introduction came from a suggestion. */
  @Column({ type: 'smallint', nullable: true })
  matchScore!: number | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'introduction_created_by_id_fkey' })
  createdBy!: Relation<UserEntity> | null;

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

  @ManyToOne(() => IntroductionEntity, (introduction) => introduction.history, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introduction_id', foreignKeyConstraintName: 'introduction_status_change_introduction_id_fkey' })
  introduction!: Relation<IntroductionEntity>;

  @Column({ type: 'enum', enum: INTRODUCTION_STATUSES, enumName: 'introduction_status', nullable: true })
  fromStatus!: IntroductionStatus | null;

  @Column({ type: 'enum', enum: INTRODUCTION_STATUSES, enumName: 'introduction_status' })
  toStatus!: IntroductionStatus;

  @Column({ type: 'uuid', nullable: true })
  changedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'changed_by_id', foreignKeyConstraintName: 'introduction_status_change_changed_by_id_fkey' })
  changedBy!: Relation<UserEntity> | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
