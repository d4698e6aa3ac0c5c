import { EMPLOYER_SECTORS, type EmployerSector } from '@werkbrug/domain-rules';
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
import { LabourMarketRegionEntity, PostcodeAreaEntity } from '../region/region.entity.js';
import { UserEntity } from '../user/user.entity.js';

@Entity({ name: 'employer' })
@Index('employer_kvk_number_key', ['kvkNumber'], { unique: true })
@Index('employer_region_code_idx', ['regionCode'])
@Index('employer_account_manager_id_idx', ['accountManagerId'])
@Index('employer_name_idx', ['name'])
export class EmployerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'employer_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'char', length: 8 })
  kvkNumber!: string;

  /** Banenafspraak split. */
  @Column({ type: 'enum', enum: EMPLOYER_SECTORS, enumName: 'employer_sector' })
  sector!: EmployerSector;

  /** SBI code (Standaard Bedrijfsindeling), 2 to 5 digits. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  sbiCode!: string | null;

  /** The region whose WSP serves this employer. */
  @Column({ type: 'varchar', length: 4 })
  regionCode!: string;

  @ManyToOne(() => LabourMarketRegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'employer_region_code_fkey' })
  region!: Relation<LabourMarketRegionEntity>;

  @Column({ type: 'uuid', nullable: true })
  accountManagerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'account_manager_id',
    foreignKeyConstraintName: 'employer_account_manager_id_fkey',
  })
  accountManager!: Relation<UserEntity> | null;

  @OneToMany(() => EmployerLocationEntity, (location) => location.employer)
  locations!: Relation<EmployerLocationEntity[]>;

  @OneToMany(() => EmployerContactEntity, (contact) => contact.employer)
  contacts!: Relation<EmployerContactEntity[]>;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}

@Entity({ name: 'employer_location' })
@Index('employer_location_employer_id_idx', ['employerId'])
@Index('employer_location_pc4_idx', ['pc4'])
export class EmployerLocationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'employer_location_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, (employer) => employer.locations, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'employer_id',
    foreignKeyConstraintName: 'employer_location_employer_id_fkey',
  })
  employer!: Relation<EmployerEntity>;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  street!: string | null;

  /** Full postcode, normalised as '1211AB'. */
  @Column({ type: 'varchar', length: 6 })
  postcode!: string;

  @Column({ type: 'char', length: 4 })
  pc4!: string;

  @ManyToOne(() => PostcodeAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pc4', foreignKeyConstraintName: 'employer_location_pc4_fkey' })
  postcodeArea!: Relation<PostcodeAreaEntity>;

  @Column({ type: 'varchar', length: 120 })
  city!: string;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}

@Entity({ name: 'employer_contact' })
@Index('employer_contact_employer_id_idx', ['employerId'])
export class EmployerContactEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'employer_contact_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, (employer) => employer.contacts, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'employer_id',
    foreignKeyConstraintName: 'employer_contact_employer_id_fkey',
  })
  employer!: Relation<EmployerEntity>;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}
