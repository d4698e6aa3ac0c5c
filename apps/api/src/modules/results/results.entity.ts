import {
  BENEFIT_EXIT_KINDS,
  BENEFIT_EXIT_REASONS,
  JOB_SEEKER_FLAGS,
  type BenefitExitKind,
  type BenefitExitReason,
  type JobSeekerFlag,
} from '@werkbrug/results';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CreatedAt, decimalTransformer, UpdatedAt } from '../../database/columns.js';
import { JobSeekerEntity } from '../job-seeker/job-seeker.entity.js';
import { PlacementEntity } from '../placement/placement.entity.js';
import { LabourMarketRegionEntity, MunicipalityEntity } from '../region/region.entity.js';

/** A region's banenafspraak target for a year: extra jobs (of 25.5 hours) against the 2013 baseline. */
@Entity({ name: 'region_target' })
@Check('region_target_jobs_check', 'jobs > 0')
@Check(
  'region_target_split_check',
  '(markt_jobs IS NULL AND overheid_jobs IS NULL) OR (markt_jobs >= 0 AND overheid_jobs >= 0 AND markt_jobs + overheid_jobs = jobs)',
)
export class RegionTargetEntity {
  @PrimaryColumn({ type: 'varchar', length: 4, primaryKeyConstraintName: 'region_target_pkey' })
  regionCode!: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'region_target_pkey' })
  year!: number;

  @ManyToOne(() => LabourMarketRegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'region_target_region_code_fkey' })
  region!: Relation<LabourMarketRegionEntity>;

  @Column({ type: 'numeric', precision: 7, scale: 1, transformer: decimalTransformer })
  jobs!: number;

  /** Optional split of the target; both or neither, adding up to `jobs`. */
  @Column({
    type: 'numeric',
    precision: 7,
    scale: 1,
    nullable: true,
    transformer: decimalTransformer,
  })
  marktJobs!: number | null;

  @Column({
    type: 'numeric',
    precision: 7,
    scale: 1,
    nullable: true,
    transformer: decimalTransformer,
  })
  overheidJobs!: number | null;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

/** A municipality's targets for a year; null where none is set. */
@Entity({ name: 'municipality_target' })
@Check(
  'municipality_target_beschut_werk_check',
  'beschut_werk_taakstelling IS NULL OR beschut_werk_taakstelling >= 0',
)
@Check('municipality_target_uitstroom_check', 'uitstroom_target IS NULL OR uitstroom_target >= 0')
export class MunicipalityTargetEntity {
  @PrimaryColumn({
    type: 'varchar',
    length: 6,
    primaryKeyConstraintName: 'municipality_target_pkey',
  })
  municipalityCode!: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'municipality_target_pkey' })
  year!: number;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'municipality_code',
    foreignKeyConstraintName: 'municipality_target_municipality_code_fkey',
  })
  municipality!: Relation<MunicipalityEntity>;

  /** Sheltered places the municipality must offer (set by SZW). */
  @Column({ type: 'integer', nullable: true })
  beschutWerkTaakstelling!: number | null;

  /** People to leave benefit because of work in the year. */
  @Column({ type: 'integer', nullable: true })
  uitstroomTarget!: number | null;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

/**
 * A period in which a job-seeker held a target-group flag granted by UWV (doelgroepregister,
 * indicatie beschut werk). The results count a person on a date by these periods, not by the
 * job-seeker's current flag, so a quarter once reported keeps its count.
 */
@Entity({ name: 'job_seeker_flag_period' })
@Index('job_seeker_flag_period_job_seeker_id_flag_idx', ['jobSeekerId', 'flag'])
@Check('job_seeker_flag_period_dates_check', 'valid_to IS NULL OR valid_to >= valid_from')
export class JobSeekerFlagPeriodEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'job_seeker_flag_period_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  jobSeekerId!: string;

  @ManyToOne(() => JobSeekerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'job_seeker_id',
    foreignKeyConstraintName: 'job_seeker_flag_period_job_seeker_id_fkey',
  })
  jobSeeker!: Relation<JobSeekerEntity>;

  @Column({ type: 'enum', enum: JOB_SEEKER_FLAGS, enumName: 'job_seeker_flag' })
  flag!: JobSeekerFlag;

  @Column({ type: 'date' })
  validFrom!: string;

  /** Last valid day, inclusive; null while the flag holds. */
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @CreatedAt() createdAt!: Date;
}

/** A job-seeker leaving benefit, fully or partly; those for work are the uitstroom naar werk. */
@Entity({ name: 'benefit_exit' })
@Index('benefit_exit_job_seeker_id_exit_date_key', ['jobSeekerId', 'exitDate'], { unique: true })
@Index('benefit_exit_municipality_code_exit_date_idx', ['municipalityCode', 'exitDate'])
@Index('benefit_exit_placement_id_idx', ['placementId'])
export class BenefitExitEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'benefit_exit_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  jobSeekerId!: string;

  @ManyToOne(() => JobSeekerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'job_seeker_id',
    foreignKeyConstraintName: 'benefit_exit_job_seeker_id_fkey',
  })
  jobSeeker!: Relation<JobSeekerEntity>;

  /** The municipality that paid the benefit (the person may move later). */
  @Column({ type: 'varchar', length: 6 })
  municipalityCode!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'municipality_code',
    foreignKeyConstraintName: 'benefit_exit_municipality_code_fkey',
  })
  municipality!: Relation<MunicipalityEntity>;

  @Column({ type: 'date' })
  exitDate!: string;

  @Column({ type: 'enum', enum: BENEFIT_EXIT_KINDS, enumName: 'benefit_exit_kind' })
  kind!: BenefitExitKind;

  @Column({ type: 'enum', enum: BENEFIT_EXIT_REASONS, enumName: 'benefit_exit_reason' })
  reason!: BenefitExitReason;

  /** The placement (of the same job-seeker) that led to the exit, when known. */
  @Column({ type: 'uuid', nullable: true })
  placementId!: string | null;

  @ManyToOne(() => PlacementEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'placement_id', foreignKeyConstraintName: 'benefit_exit_placement_id_fkey' })
  placement!: Relation<PlacementEntity> | null;

  @CreatedAt() createdAt!: Date;
}
