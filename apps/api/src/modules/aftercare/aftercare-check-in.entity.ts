import {
  AFTERCARE_KINDS,
  AFTERCARE_OUTCOMES,
  AFTERCARE_STATUSES,
  CONTACT_CHANNELS,
  type AftercareKind,
  type AftercareOutcome,
  type AftercareStatus,
  type ContactChannel,
} from '@werkbrug/domain-rules';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns.js';
import { PlacementEntity } from '../placement/placement.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** One aftercare (nazorg) contact moment of a placement, created with the placement's schedule. */
@Entity({ name: 'aftercare_check_in' })
@Unique('aftercare_check_in_placement_id_kind_key', ['placementId', 'kind'])
@Index('aftercare_check_in_status_due_date_idx', ['status', 'dueDate'])
@Check(
  'aftercare_check_in_done_check',
  "(status = 'DONE') = (completed_on IS NOT NULL AND outcome IS NOT NULL AND channel IS NOT NULL)",
)
export class AftercareCheckInEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'aftercare_check_in_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  placementId!: string;

  @ManyToOne(() => PlacementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'placement_id',
    foreignKeyConstraintName: 'aftercare_check_in_placement_id_fkey',
  })
  placement!: Relation<PlacementEntity>;

  @Column({ type: 'enum', enum: AFTERCARE_KINDS, enumName: 'aftercare_kind' })
  kind!: AftercareKind;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'enum', enum: AFTERCARE_STATUSES, enumName: 'aftercare_status', default: 'OPEN' })
  status!: AftercareStatus;

  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  completedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'completed_by_id',
    foreignKeyConstraintName: 'aftercare_check_in_completed_by_id_fkey',
  })
  completedBy!: Relation<UserEntity> | null;

  @Column({ type: 'enum', enum: AFTERCARE_OUTCOMES, enumName: 'aftercare_outcome', nullable: true })
  outcome!: AftercareOutcome | null;

  /** Staff only: may hold health information, never shown to employers. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  @Column({
    type: 'enum',
    enum: CONTACT_CHANNELS,
    enumName: 'aftercare_contact_channel',
    nullable: true,
  })
  channel!: ContactChannel | null;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}
