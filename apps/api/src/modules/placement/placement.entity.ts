import {
  CONTRACT_TYPES,
  JOBCOACH_HOURS_UNITS,
  PLACEMENT_ARRANGEMENTS,
  PLACEMENT_END_REASONS,
  PLACEMENT_INSTRUMENTS,
  type ContractType,
  type JobcoachHoursUnit,
  type PlacementArrangement,
  type PlacementEndReason,
  type PlacementInstrument,
} from '@werkbrug/domain-rules';
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
import { ArchivedAt, CreatedAt, decimalTransformer, UpdatedAt } from '../../database/columns.js';
import { EmployerEntity } from '../employer/employer.entity.js';
import { IntroductionEntity } from '../introduction/introduction.entity.js';
import { JobSeekerEntity } from '../job-seeker/job-seeker.entity.js';
import { VacancyEntity } from '../vacancy/vacancy.entity.js';

/** A job-seeker at work: the basis of the region's results. */
@Entity({ name: 'placement' })
@Index('placement_job_seeker_id_idx', ['jobSeekerId'])
@Index('placement_employer_id_idx', ['employerId'])
@Index('placement_start_date_idx', ['startDate'])
@Check('placement_hours_check', 'hours_per_week > 0 AND hours_per_week <= 40')
@Check('placement_dates_check', 'end_date IS NULL OR end_date >= start_date')
@Check(
  'placement_hourly_wage_check',
  'hourly_wage IS NULL OR (hourly_wage > 0 AND hourly_wage <= 200)',
)
@Check(
  'placement_loonwaarde_percentage_check',
  'loonwaarde_percentage IS NULL OR loonwaarde_percentage BETWEEN 0 AND 100',
)
@Check(
  'placement_jobcoach_hours_check',
  '(jobcoach_hours IS NULL) = (jobcoach_hours_unit IS NULL) AND (jobcoach_hours IS NULL OR jobcoach_hours > 0)',
)
@Check('placement_end_reason_check', 'end_reason IS NULL OR end_date IS NOT NULL')
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'placement_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  jobSeekerId!: string;

  @ManyToOne(() => JobSeekerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'job_seeker_id', foreignKeyConstraintName: 'placement_job_seeker_id_fkey' })
  jobSeeker!: Relation<JobSeekerEntity>;

  /** The employer the person works for (for temp-agency work or secondment: the hiring employer). */
  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'placement_employer_id_fkey' })
  employer!: Relation<EmployerEntity>;

  @Column({ type: 'uuid', nullable: true })
  vacancyId!: string | null;

  @ManyToOne(() => VacancyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'placement_vacancy_id_fkey' })
  vacancy!: Relation<VacancyEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  introductionId!: string | null;

  @ManyToOne(() => IntroductionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'introduction_id',
    foreignKeyConstraintName: 'placement_introduction_id_fkey',
  })
  introduction!: Relation<IntroductionEntity> | null;

  @Column({ type: 'enum', enum: CONTRACT_TYPES, enumName: 'contract_type' })
  contractType!: ContractType;

  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: decimalTransformer })
  hoursPerWeek!: number;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({
    type: 'enum',
    enum: PLACEMENT_INSTRUMENTS,
    enumName: 'placement_instrument',
    array: true,
    default: '{}',
  })
  instruments!: PlacementInstrument[];

  @Column({
    type: 'enum',
    enum: PLACEMENT_ARRANGEMENTS,
    enumName: 'placement_arrangement',
    default: 'REGULAR',
  })
  arrangement!: PlacementArrangement;

  /** Werken met behoud van uitkering: the one extension of 3 months was granted. */
  @Column({ type: 'boolean', default: false })
  arrangementExtended!: boolean;

  /** Gross hourly wage in euros; null for unpaid work, trial placements and behoud van uitkering. */
  @Column({
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  hourlyWage!: number | null;

  /** Measured loonwaarde, % of the wage for the job; required with loonkostensubsidie. */
  @Column({ type: 'smallint', nullable: true })
  loonwaardePercentage!: number | null;

  @Column({
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: decimalTransformer,
  })
  jobcoachHours!: number | null;

  @Column({
    type: 'enum',
    enum: JOBCOACH_HOURS_UNITS,
    enumName: 'jobcoach_hours_unit',
    nullable: true,
  })
  jobcoachHoursUnit!: JobcoachHoursUnit | null;

  /** Why the placement ended; set by endPlacement. An ended placement is a lost job in the results. */
  @Column({
    type: 'enum',
    enum: PLACEMENT_END_REASONS,
    enumName: 'placement_end_reason',
    nullable: true,
  })
  endReason!: PlacementEndReason | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  endNote!: string | null;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}
