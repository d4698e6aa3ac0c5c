import { ORGANISATION_KINDS, type OrganisationKind } from '@werkbrug/domain-rules';
import {
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
import { LabourMarketRegionEntity } from '../region/region.entity.js';

/** A WSP, municipality, UWV office or provider; employer users belong to an Employer instead. */
@Entity({ name: 'organisation' })
@Index('organisation_name_idx', ['name'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisation_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @ManyToMany(() => LabourMarketRegionEntity)
  @JoinTable({
    name: 'organisation_region',
    synchronize: false,
    joinColumn: {
      name: 'organisation_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'organisation_region_organisation_id_fkey',
    },
    inverseJoinColumn: {
      name: 'region_code',
      referencedColumnName: 'code',
      foreignKeyConstraintName: 'organisation_region_region_code_fkey',
    },
  })
  regions!: Relation<LabourMarketRegionEntity[]>;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}

/** Which regions an organisation serves (the join table of OrganisationEntity.regions). */
@Entity({ name: 'organisation_region' })
@Index('organisation_region_region_code_idx', ['regionCode'])
export class OrganisationRegionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'organisation_region_pkey' })
  organisationId!: string;

  @PrimaryColumn({
    type: 'varchar',
    length: 4,
    primaryKeyConstraintName: 'organisation_region_pkey',
  })
  regionCode!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'organisation_region_organisation_id_fkey',
  })
  organisation!: Relation<OrganisationEntity>;

  @ManyToOne(() => LabourMarketRegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'region_code',
    foreignKeyConstraintName: 'organisation_region_region_code_fkey',
  })
  region!: Relation<LabourMarketRegionEntity>;
}
