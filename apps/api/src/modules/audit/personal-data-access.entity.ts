import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per read of a job-seeker's personal data: who, whose file, why, when. */
@Entity({ name: 'personal_data_access' })
@Index('personal_data_access_job_seeker_id_idx', ['jobSeekerId', 'accessedAt'])
@Index('personal_data_access_user_id_idx', ['userId', 'accessedAt'])
export class PersonalDataAccessEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    primaryKeyConstraintName: 'personal_data_access_pkey',
  })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid' })
  jobSeekerId!: string;

  /** What was read, e.g. 'jobSeeker', 'jobSeekers', 'jobSeeker.bsn'. */
  @Column({ type: 'varchar', length: 80 })
  purpose!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  accessedAt!: Date;
}
