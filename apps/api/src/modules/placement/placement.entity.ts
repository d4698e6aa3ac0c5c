import {
  CONTRACT_TYPES,
  PLACEMENT_INSTRUMENTS,
  type ContractType,
  type PlacementInstrument,
} from '@werkbrug/domain-rules';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
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
  @JoinColumn({ name: 'introduction_id', foreignKeyConstraintName: 'placement_introduction_id_fkey' })
  introduction!: Relation<IntroductionEntity> | null;

  @Column({ type: 'enum', enum: CONTRACT_TYPES, enumName: 'contract_type' })
  contractType!: ContractType;

  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: decimalTransformer })
  hoursPerWeek!: number;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'enum', enum: PLACEMENT_INSTRUMENTS, enumName: 'placement_instrument', array: true, default: '{}' })
  instruments!: PlacementInstrument[];

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}
