import {
  COMPETENCE_REQUIREMENTS,
  CONTRACT_TYPES,
  VACANCY_KINDS,
  VACANCY_STATUSES,
  WORK_SECTORS,
  type CompetenceRequirement,
  type ContractType,
  type VacancyKind,
  type VacancyStatus,
  type WorkSector,
} from '@werkbrug/domain-rules';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ArchivedAt, CreatedAt, decimalTransformer, UpdatedAt } from '../../database/columns.js';
import { CompetenceEntity } from '../competence/competence.entity.js';
import { EmployerEntity, EmployerLocationEntity } from '../employer/employer.entity.js';

@Entity({ name: 'vacancy' })
@Index('vacancy_employer_id_idx', ['employerId'])
@Index('vacancy_location_id_idx', ['locationId'])
@Index('vacancy_status_kind_idx', ['status', 'kind'])
@Check('vacancy_hours_check', 'hours_min >= 1 AND hours_max <= 40 AND hours_min <= hours_max')
@Check('vacancy_openings_check', 'openings BETWEEN 1 AND 500')
@Check(
  'vacancy_wage_check',
  'wage_min_cents IS NULL OR wage_max_cents IS NULL OR wage_min_cents <= wage_max_cents',
)
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'vacancy_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'vacancy_employer_id_fkey' })
  employer!: Relation<EmployerEntity>;

  @Column({ type: 'uuid' })
  locationId!: string;

  @ManyToOne(() => EmployerLocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'vacancy_location_id_fkey' })
  location!: Relation<EmployerLocationEntity>;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'enum', enum: VACANCY_KINDS, enumName: 'vacancy_kind' })
  kind!: VacancyKind;

  @Column({ type: 'enum', enum: VACANCY_STATUSES, enumName: 'vacancy_status', default: 'DRAFT' })
  status!: VacancyStatus;

  @Column({ type: 'enum', enum: WORK_SECTORS, enumName: 'work_sector', nullable: true })
  sector!: WorkSector | null;

  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: decimalTransformer })
  hoursMin!: number;

  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: decimalTransformer })
  hoursMax!: number;

  @Column({ type: 'smallint', default: 1 })
  openings!: number;

  @Column({ type: 'enum', enum: CONTRACT_TYPES, enumName: 'contract_type' })
  contractType!: ContractType;

  /** Gross hourly wage indication in euro cents. */
  @Column({ type: 'integer', nullable: true })
  wageMinCents!: number | null;

  @Column({ type: 'integer', nullable: true })
  wageMaxCents!: number | null;

  @Column({ type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ type: 'date', nullable: true })
  closesOn!: string | null;

  @OneToMany(() => VacancyCompetenceEntity, (competence) => competence.vacancy)
  competences!: Relation<VacancyCompetenceEntity[]>;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}

@Entity({ name: 'vacancy_competence' })
@Index('vacancy_competence_competence_code_idx', ['competenceCode'])
@Check('vacancy_competence_level_check', 'min_level BETWEEN 1 AND 5')
@Check('vacancy_competence_weight_check', 'weight BETWEEN 1 AND 5')
export class VacancyCompetenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'vacancy_competence_pkey' })
  vacancyId!: string;

  @PrimaryColumn({
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'vacancy_competence_pkey',
  })
  competenceCode!: string;

  @ManyToOne(() => VacancyEntity, (vacancy) => vacancy.competences, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'vacancy_id',
    foreignKeyConstraintName: 'vacancy_competence_vacancy_id_fkey',
  })
  vacancy!: Relation<VacancyEntity>;

  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'competence_code',
    foreignKeyConstraintName: 'vacancy_competence_competence_code_fkey',
  })
  competence!: Relation<CompetenceEntity>;

  @Column({ type: 'smallint' })
  minLevel!: number;

  @Column({ type: 'smallint', default: 3 })
  weight!: number;

  @Column({ type: 'enum', enum: COMPETENCE_REQUIREMENTS, enumName: 'competence_requirement' })
  requirement!: CompetenceRequirement;
}
