import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

@Entity({ name: 'labour_market_region' })
export class LabourMarketRegionEntity {
  @PrimaryColumn({
    type: 'varchar',
    length: 4,
    primaryKeyConstraintName: 'labour_market_region_pkey',
  })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Regions the demo and the pilots serve; other regions exist for reference and distances. */
  @Column({ type: 'boolean', default: false })
  active!: boolean;

  @OneToMany(() => MunicipalityEntity, (municipality) => municipality.region)
  municipalities!: Relation<MunicipalityEntity[]>;
}

@Entity({ name: 'municipality' })
@Index('municipality_region_code_idx', ['regionCode'])
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'varchar', length: 6, primaryKeyConstraintName: 'municipality_pkey' })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 4 })
  regionCode!: string;

  @ManyToOne(() => LabourMarketRegionEntity, (region) => region.municipalities, {
    onDelete: 'RESTRICT',
  })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'municipality_region_code_fkey' })
  region!: Relation<LabourMarketRegionEntity>;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;
}

/** PC4 postcode area with a centre coordinate, for distances. */
@Entity({ name: 'postcode_area' })
@Index('postcode_area_municipality_code_idx', ['municipalityCode'])
export class PostcodeAreaEntity {
  @PrimaryColumn({ type: 'char', length: 4, primaryKeyConstraintName: 'postcode_area_pkey' })
  pc4!: string;

  @Column({ type: 'varchar', length: 120 })
  place!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;

  /** The municipality containing the point, or the nearest one when the point lies outside all. */
  @Column({ type: 'varchar', length: 6 })
  municipalityCode!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'municipality_code',
    foreignKeyConstraintName: 'postcode_area_municipality_code_fkey',
  })
  municipality!: Relation<MunicipalityEntity>;
}
