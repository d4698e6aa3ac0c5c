import {
  JOB_CARVING_REASONS,
  JOB_CARVING_STATUSES,
  type CompetenceRequirement,
  type JobCarvingReason,
  type JobCarvingStatus,
  type TaskComplexity,
} from '@werkbrug/domain-rules';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ArchivedAt, CreatedAt, UpdatedAt } from '../../database/columns.js';
import { EmployerEntity } from '../employer/employer.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { VacancyEntity } from '../vacancy/vacancy.entity.js';

/** A task inside a current job: its share of the job's time, how complex it is, and whether it could be split off. */
export interface JobCarvingTask {
  name: string;
  sharePercent: number;
  complexity: TaskComplexity;
  /** The employer's view: could someone else do this task? */
  splittable: boolean;
}

/** One task as the WSP assessed it; `jobId` + `taskIndex` point into the request's jobs. */
export interface JobCarvingAnalysedTask {
  jobId: string;
  taskIndex: number;
  /** The task's and job's names then, so the analysis reads the same if names change. */
  jobTitle: string;
  taskName: string;
  sharePercent: number;
  complexity: TaskComplexity;
  /** The WSP's conclusion: this task is carved out of its job. */
  splittable: boolean;
}

/** The account manager's task analysis of the employer's work. */
export interface JobCarvingAnalysis {
  summary: string;
  tasks: JobCarvingAnalysedTask[];
  recordedById: string | null;
  recordedByName: string;
  /** ISO timestamp. */
  recordedAt: string;
}

export interface JobCarvingRoleTask {
  jobId: string;
  taskIndex: number;
  jobTitle: string;
  taskName: string;
}

export interface JobCarvingRoleCompetence {
  competenceCode: string;
  /** The name then, for reading the proposal without the taxonomy. */
  competenceName: string;
  minLevel: number;
  weight: number;
  requirement: CompetenceRequirement;
}

/** The carved role the WSP proposes to the employer; the vacancy is later prefilled from it. */
export interface JobCarvingProposal {
  title: string;
  description: string;
  hoursPerWeek: number;
  tasks: JobCarvingRoleTask[];
  competences: JobCarvingRoleCompetence[];
  proposedById: string | null;
  proposedByName: string;
  /** ISO timestamp. */
  proposedAt: string;
}

/** One step in a request's life: who moved it where, and the note they gave (e.g. a reason). */
export interface JobCarvingStatusChange {
  fromStatus: JobCarvingStatus | null;
  toStatus: JobCarvingStatus;
  note: string | null;
  changedById: string | null;
  /** The name at the time, so the history reads the same after the user is gone. */
  changedByName: string;
  /** ISO timestamp. */
  changedAt: string;
}

@Entity({ name: 'job_carving_request' })
@Index('job_carving_request_employer_id_idx', ['employerId'])
@Index('job_carving_request_status_idx', ['status'])
export class JobCarvingRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'job_carving_request_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'employer_id',
    foreignKeyConstraintName: 'job_carving_request_employer_id_fkey',
  })
  employer!: Relation<EmployerEntity>;

  @Column({ type: 'varchar', length: 160 })
  department!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  /** Null only for requests from before the reason was asked. */
  @Column({
    type: 'enum',
    enum: JOB_CARVING_REASONS,
    enumName: 'job_carving_reason',
    nullable: true,
  })
  reason!: JobCarvingReason | null;

  @Column({ type: 'jsonb', nullable: true })
  analysis!: JobCarvingAnalysis | null;

  @Column({ type: 'jsonb', nullable: true })
  proposal!: JobCarvingProposal | null;

  @Column({
    type: 'enum',
    enum: JOB_CARVING_STATUSES,
    enumName: 'job_carving_status',
    default: 'SUBMITTED',
  })
  status!: JobCarvingStatus;

  @Column({ type: 'uuid', nullable: true })
  submittedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'submitted_by_id',
    foreignKeyConstraintName: 'job_carving_request_submitted_by_id_fkey',
  })
  submittedBy!: Relation<UserEntity> | null;

  /** The vacancy the carved role became, once VACANCY_CREATED. */
  @Column({ type: 'uuid', nullable: true })
  vacancyId!: string | null;

  @ManyToOne(() => VacancyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'vacancy_id',
    foreignKeyConstraintName: 'job_carving_request_vacancy_id_fkey',
  })
  vacancy!: Relation<VacancyEntity> | null;

  /** Oldest first; the first entry is the submission. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  statusHistory!: JobCarvingStatusChange[];

  @OneToMany(() => JobCarvingJobEntity, (job) => job.request)
  jobs!: Relation<JobCarvingJobEntity[]>;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}

/** A current job at the employer, described by its tasks. */
@Entity({ name: 'job_carving_job' })
@Index('job_carving_job_request_id_idx', ['requestId'])
export class JobCarvingJobEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'job_carving_job_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => JobCarvingRequestEntity, (request) => request.jobs, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'job_carving_job_request_id_fkey' })
  request!: Relation<JobCarvingRequestEntity>;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'smallint', default: 1 })
  headcount!: number;

  @Column({ type: 'jsonb' })
  tasks!: JobCarvingTask[];
}
