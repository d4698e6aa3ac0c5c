import type { MatchExplanation } from '@werkbrug/matching';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns.js';
import { LabourMarketRegionEntity } from '../region/region.entity.js';
import { UserEntity } from '../user/user.entity.js';

export const ASSIGNMENT_PROPOSAL_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type AssignmentProposalStatus = (typeof ASSIGNMENT_PROPOSAL_STATUSES)[number];

/** One proposed pair, by id: names are looked up (and logged) when the result is shown. */
export interface StoredAssignmentPair {
  vacancyId: string;
  jobSeekerId: string;
  score: number;
  /** The engine's explanation, as it was when the job ran. */
  explanation: MatchExplanation;
}

/** What a finished job found: ids, scores and explanations only, never a name. */
export interface StoredAssignmentResult {
  pairs: StoredAssignmentPair[];
  totalScore: number;
  greedyTotalScore: number;
  gain: number;
  places: number;
  placesFilled: number;
  vacancies: number;
  candidates: number;
  candidateEdges: number;
  topK: number;
}

/**
 * A regional assignment proposal: a background job that fills the region's open places optimally.
 * At most one unfinished job per region (the partial unique index); the result survives restarts.
 */
@Entity({ name: 'assignment_proposal' })
@Index('assignment_proposal_region_code_created_at_idx', ['regionCode', 'createdAt'])
@Index('assignment_proposal_unfinished_region_key', ['regionCode'], {
  unique: true,
  where: 'finished_at IS NULL',
})
@Check('assignment_proposal_progress_check', 'progress BETWEEN 0 AND 1')
export class AssignmentProposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assignment_proposal_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 4 })
  regionCode!: string;

  @ManyToOne(() => LabourMarketRegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'region_code',
    foreignKeyConstraintName: 'assignment_proposal_region_code_fkey',
  })
  region!: Relation<LabourMarketRegionEntity>;

  @Column({
    type: 'enum',
    enum: ASSIGNMENT_PROPOSAL_STATUSES,
    enumName: 'assignment_proposal_status',
    default: 'QUEUED',
  })
  status!: AssignmentProposalStatus;

  /** 0-1. */
  @Column({ type: 'double precision', default: 0 })
  progress!: number;

  @Column({ type: 'boolean', default: false })
  includeOtherRegions!: boolean;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'requested_by_id',
    foreignKeyConstraintName: 'assignment_proposal_requested_by_id_fkey',
  })
  requestedBy!: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  /** Set when DONE or FAILED; null while the job is unfinished. */
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** A Dutch message for FAILED. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: StoredAssignmentResult | null;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}
