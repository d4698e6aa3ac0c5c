import {
  COMPETENCE_GROUPS,
  WORK_SECTORS,
  type CompetenceGroup,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ArchivedAt, CreatedAt, UpdatedAt } from '../../database/columns.js';

/** The taxonomy as a whole: its version label and a revision that grows with every ADMIN edit. */
@Entity({ name: 'competence_taxonomy' })
export class CompetenceTaxonomyEntity {
  @PrimaryColumn({
    type: 'varchar',
    length: 20,
    primaryKeyConstraintName: 'competence_taxonomy_pkey',
  })
  version!: string;

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ type: 'boolean', default: false })
  current!: boolean;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

@Entity({ name: 'competence' })
@Index('competence_group_idx', ['group'])
@Check(
  'competence_level_descriptions_check',
  `jsonb_typeof(level_descriptions) = 'array' AND jsonb_array_length(level_descriptions) = 5`,
)
@Check('competence_sector_check', `(competence_group = 'VOCATIONAL') = (sector IS NOT NULL)`)
export class CompetenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'competence_pkey' })
  code!: string;

  @Column({
    type: 'enum',
    enum: COMPETENCE_GROUPS,
    enumName: 'competence_group',
    name: 'competence_group',
  })
  group!: CompetenceGroup;

  @Column({ type: 'enum', enum: WORK_SECTORS, enumName: 'work_sector', nullable: true })
  sector!: WorkSector | null;

  @Column({ type: 'varchar', length: 120 })
  label!: string;

  @Column({ type: 'varchar', length: 1000 })
  description!: string;

  /** Dutch description of levels 1..5, in order. */
  @Column({ type: 'jsonb' })
  levelDescriptions!: string[];

  /** Whether a gap is usually closed on the job or with a short course. */
  @Column({ type: 'boolean', default: true })
  trainable!: boolean;

  @Column({ type: 'varchar', length: 20 })
  taxonomyVersion!: string;

  /** Optimistic concurrency for ADMIN edits. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}
