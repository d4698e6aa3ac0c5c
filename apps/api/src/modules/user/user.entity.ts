import { ROLES, type Role } from '@werkbrug/domain-rules';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ArchivedAt, CreatedAt, UpdatedAt } from '../../database/columns.js';
import type { EmployerEntity } from '../employer/employer.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { LabourMarketRegionEntity } from '../region/region.entity.js';

@Entity({ name: 'app_user' })
@Index('app_user_email_key', ['email'], { unique: true })
@Index('app_user_organisation_id_idx', ['organisationId'])
@Index('app_user_employer_id_idx', ['employerId'])
@Check(
  'app_user_employer_or_organisation_check',
  `(role = 'EMPLOYER_USER') = (employer_id IS NOT NULL) AND (employer_id IS NULL) = (organisation_id IS NOT NULL)`,
)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id!: string;

  /** Stored lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  /** argon2id hash (PHC string). */
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role!: Role;

  /** Demo accounts are refused when the API runs in production mode. */
  @Column({ type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'app_user_organisation_id_fkey',
  })
  organisation!: Relation<OrganisationEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  employerId!: string | null;

  @ManyToOne('EmployerEntity', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'app_user_employer_id_fkey' })
  employer!: Relation<EmployerEntity> | null;

  @ManyToMany(() => LabourMarketRegionEntity)
  @JoinTable({
    name: 'user_region',
    synchronize: false,
    joinColumn: {
      name: 'user_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'user_region_user_id_fkey',
    },
    inverseJoinColumn: {
      name: 'region_code',
      referencedColumnName: 'code',
      foreignKeyConstraintName: 'user_region_region_code_fkey',
    },
  })
  regions!: Relation<LabourMarketRegionEntity[]>;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}

/** Which regions a user serves (the join table of UserEntity.regions). */
@Entity({ name: 'user_region' })
@Index('user_region_region_code_idx', ['regionCode'])
export class UserRegionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'user_region_pkey' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 4, primaryKeyConstraintName: 'user_region_pkey' })
  regionCode!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_region_user_id_fkey' })
  user!: Relation<UserEntity>;

  @ManyToOne(() => LabourMarketRegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'user_region_region_code_fkey' })
  region!: Relation<LabourMarketRegionEntity>;
}
