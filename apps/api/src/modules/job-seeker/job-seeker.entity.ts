import {
  CONSENT_METHODS,
  CONSENT_STATUSES,
  TRANSPORT_MODES,
  WORK_SECTORS,
  type ConsentMethod,
  type ConsentStatus,
  type TransportMode,
  type WorkSector,
} from '@werkbrug/domain-rules';
import {
  Check,
  Column,
  Entity,
  Generated,
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
import { MunicipalityEntity, PostcodeAreaEntity } from '../region/region.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * A resident looking for work ("inwoner"). Personal fields (name, BSN, contact, full postcode,
 * birth date, work limitations) are read only through JobSeekerRepository, which scopes by region
 * and writes the access log.
 */
@Entity({ name: 'job_seeker' })
@Index('job_seeker_candidate_number_key', ['candidateNumber'], { unique: true })
@Index('job_seeker_bsn_key', ['bsn'], { unique: true, where: 'bsn IS NOT NULL' })
@Index('job_seeker_municipality_code_idx', ['municipalityCode'])
@Index('job_seeker_consultant_id_idx', ['consultantId'])
@Index('job_seeker_pc4_idx', ['pc4'])
@Check('job_seeker_earning_capacity_check', 'earning_capacity_percent BETWEEN 0 AND 100')
@Check(
  'job_seeker_loonwaarde_check',
  'loonwaarde_percent IS NULL OR loonwaarde_percent BETWEEN 0 AND 100',
)
@Check(
  'job_seeker_client_profile_check',
  'client_profile IS NULL OR client_profile BETWEEN 1 AND 4',
)
@Check(
  'job_seeker_perspective_group_check',
  'perspective_group IS NULL OR perspective_group BETWEEN 1 AND 3',
)
@Check('job_seeker_participation_step_check', 'participation_step BETWEEN 1 AND 6')
@Check('job_seeker_hours_check', 'hours_available BETWEEN 0 AND 40')
@Check(
  'job_seeker_travel_check',
  'max_travel_minutes BETWEEN 0 AND 180 AND max_travel_km BETWEEN 0 AND 250',
)
export class JobSeekerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'job_seeker_pkey' })
  id!: string;

  /** The anonymous number employers see ("kandidaat 4711"). */
  @Column({ type: 'integer' })
  @Generated('increment')
  candidateNumber!: number;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 150 })
  lastName!: string;

  /**
   * Burgerservicenummer; validated with the elfproef, shown masked, never logged. Not selected by
   * default: only the uniqueness check touches it, and JobSeekerRepository reads its last two digits.
   */
  @Column({ type: 'char', length: 9, nullable: true, select: false })
  bsn!: string | null;

  @Column({ type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  /** Full postcode, normalised '1211AB'. */
  @Column({ type: 'varchar', length: 6 })
  postcode!: string;

  @Column({ type: 'char', length: 4 })
  pc4!: string;

  @ManyToOne(() => PostcodeAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pc4', foreignKeyConstraintName: 'job_seeker_pc4_fkey' })
  postcodeArea!: Relation<PostcodeAreaEntity>;

  /** The municipality responsible for the file. */
  @Column({ type: 'varchar', length: 6 })
  municipalityCode!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'municipality_code',
    foreignKeyConstraintName: 'job_seeker_municipality_code_fkey',
  })
  municipality!: Relation<MunicipalityEntity>;

  @Column({ type: 'uuid', nullable: true })
  consultantId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'consultant_id', foreignKeyConstraintName: 'job_seeker_consultant_id_fkey' })
  consultant!: Relation<UserEntity> | null;

  @Column({ type: 'smallint' })
  earningCapacityPercent!: number;

  @Column({ type: 'smallint', nullable: true })
  loonwaardePercent!: number | null;

  /** Westerveld client profile 1-4. */
  @Column({ type: 'smallint', nullable: true })
  clientProfile!: number | null;

  /** Hilversum perspective group 1-3. */
  @Column({ type: 'smallint', nullable: true })
  perspectiveGroup!: number | null;

  @Column({ type: 'smallint' })
  participationStep!: number;

  @Column({ type: 'boolean', default: false })
  doelgroepregister!: boolean;

  @Column({ type: 'boolean', default: false })
  indicatieBeschutWerk!: boolean;

  @Column({ type: 'boolean', default: false })
  wswOud!: boolean;

  @Column({ type: 'boolean', default: false })
  statushouder!: boolean;

  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: decimalTransformer })
  hoursAvailable!: number;

  @Column({ type: 'smallint' })
  maxTravelMinutes!: number;

  @Column({ type: 'smallint' })
  maxTravelKm!: number;

  @Column({
    type: 'enum',
    enum: TRANSPORT_MODES,
    enumName: 'transport_mode',
    array: true,
    default: '{}',
  })
  transportModes!: TransportMode[];

  @Column({ type: 'boolean', default: false })
  hasDrivingLicence!: boolean;

  @Column({ type: 'enum', enum: WORK_SECTORS, enumName: 'work_sector', array: true, default: '{}' })
  sectorPreferences!: WorkSector[];

  /** Health-related: special-category personal data, visible to the file's consultant only. */
  @Column({ type: 'text', nullable: true })
  workLimitations!: string | null;

  @Column({
    type: 'enum',
    enum: CONSENT_STATUSES,
    enumName: 'consent_status',
    default: 'NOT_ASKED',
  })
  consentStatus!: ConsentStatus;

  @Column({ type: 'timestamptz', nullable: true })
  consentUpdatedAt!: Date | null;

  /** The day the current status took effect: consent given (GRANTED) or withdrawn (WITHDRAWN). */
  @Column({ type: 'date', nullable: true })
  consentEffectiveOn!: string | null;

  @Column({ type: 'enum', enum: CONSENT_METHODS, enumName: 'consent_method', nullable: true })
  consentMethod!: ConsentMethod | null;

  /** From this day on a GRANTED consent counts as not given; null: until withdrawn. */
  @Column({ type: 'date', nullable: true })
  consentExpiresOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  consentRecordedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'consent_recorded_by_id',
    foreignKeyConstraintName: 'job_seeker_consent_recorded_by_id_fkey',
  })
  consentRecordedBy!: Relation<UserEntity> | null;

  @Column({ type: 'date', nullable: true })
  availabilityConfirmedAt!: string | null;

  @OneToMany(() => JobSeekerCompetenceEntity, (competence) => competence.jobSeeker)
  competences!: Relation<JobSeekerCompetenceEntity[]>;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}

@Entity({ name: 'job_seeker_competence' })
@Index('job_seeker_competence_competence_code_idx', ['competenceCode', 'level'])
@Check('job_seeker_competence_level_check', 'level BETWEEN 1 AND 5')
export class JobSeekerCompetenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'job_seeker_competence_pkey' })
  jobSeekerId!: string;

  @PrimaryColumn({
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'job_seeker_competence_pkey',
  })
  competenceCode!: string;

  @ManyToOne(() => JobSeekerEntity, (seeker) => seeker.competences, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'job_seeker_id',
    foreignKeyConstraintName: 'job_seeker_competence_job_seeker_id_fkey',
  })
  jobSeeker!: Relation<JobSeekerEntity>;

  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'competence_code',
    foreignKeyConstraintName: 'job_seeker_competence_competence_code_fkey',
  })
  competence!: Relation<CompetenceEntity>;

  @Column({ type: 'smallint' })
  level!: number;

  @Column({ type: 'date', nullable: true })
  assessedAt!: string | null;
}
