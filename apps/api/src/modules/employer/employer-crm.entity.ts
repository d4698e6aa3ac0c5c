import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CONTACT_CHANNELS,
  type AgreementKind,
  type AgreementStatus,
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
  type Relation,
} from 'typeorm';
import { ArchivedAt, CreatedAt, UpdatedAt } from '../../database/columns.js';
import { UserEntity } from '../user/user.entity.js';
import { EmployerEntity } from './employer.entity.js';

/** A call, mail or visit between the WSP and an employer: the account managers' internal notes. */
@Entity({ name: 'employer_contact_moment' })
@Index('employer_contact_moment_employer_id_idx', ['employerId', 'contactedOn'])
@Check('employer_contact_moment_note_check', 'char_length(note) <= 2000')
export class EmployerContactMomentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'employer_contact_moment_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'employer_id',
    foreignKeyConstraintName: 'employer_contact_moment_employer_id_fkey',
  })
  employer!: Relation<EmployerEntity>;

  @Column({ type: 'date' })
  contactedOn!: string;

  @Column({ type: 'enum', enum: CONTACT_CHANNELS, enumName: 'contact_channel' })
  channel!: ContactChannel;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'employer_contact_moment_recorded_by_id_fkey',
  })
  recordedBy!: Relation<UserEntity> | null;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}

/** What the WSP agreed with an employer, e.g. a number of garantiebanen in a period. */
@Entity({ name: 'employer_agreement' })
@Index('employer_agreement_employer_id_idx', ['employerId', 'validFrom'])
@Check('employer_agreement_period_check', 'valid_to IS NULL OR valid_to >= valid_from')
@Check('employer_agreement_places_check', 'places IS NULL OR places BETWEEN 1 AND 10000')
export class EmployerAgreementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'employer_agreement_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'employer_id',
    foreignKeyConstraintName: 'employer_agreement_employer_id_fkey',
  })
  employer!: Relation<EmployerEntity>;

  @Column({ type: 'enum', enum: AGREEMENT_KINDS, enumName: 'agreement_kind' })
  kind!: AgreementKind;

  @Column({ type: 'varchar', length: 2000 })
  description!: string;

  /** Number of places agreed, when the agreement is about places. */
  @Column({ type: 'smallint', nullable: true })
  places!: number | null;

  @Column({ type: 'date' })
  validFrom!: string;

  /** Inclusive; null: open-ended. */
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @Column({
    type: 'enum',
    enum: AGREEMENT_STATUSES,
    enumName: 'agreement_status',
    default: 'ACTIVE',
  })
  status!: AgreementStatus;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'employer_agreement_recorded_by_id_fkey',
  })
  recordedBy!: Relation<UserEntity> | null;

  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @ArchivedAt() archivedAt!: Date | null;
}
