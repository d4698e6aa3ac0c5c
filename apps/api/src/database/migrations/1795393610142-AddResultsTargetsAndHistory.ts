import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddResultsTargetsAndHistory1795393610142 implements MigrationInterface {
  name = 'AddResultsTargetsAndHistory1795393610142';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"region_target\" (\"region_code\" character varying(4) NOT NULL, \"year\" smallint NOT NULL, \"jobs\" numeric(7,1) NOT NULL, \"markt_jobs\" numeric(7,1), \"overheid_jobs\" numeric(7,1), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"region_target_split_check\" CHECK ((markt_jobs IS NULL AND overheid_jobs IS NULL) OR (markt_jobs >= 0 AND overheid_jobs >= 0 AND markt_jobs + overheid_jobs = jobs)), CONSTRAINT \"region_target_jobs_check\" CHECK (jobs > 0), CONSTRAINT \"region_target_pkey\" PRIMARY KEY (\"region_code\", \"year\"))");
    await queryRunner.query("CREATE TABLE \"municipality_target\" (\"municipality_code\" character varying(6) NOT NULL, \"year\" smallint NOT NULL, \"beschut_werk_taakstelling\" integer, \"uitstroom_target\" integer, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"municipality_target_uitstroom_check\" CHECK (uitstroom_target IS NULL OR uitstroom_target >= 0), CONSTRAINT \"municipality_target_beschut_werk_check\" CHECK (beschut_werk_taakstelling IS NULL OR beschut_werk_taakstelling >= 0), CONSTRAINT \"municipality_target_pkey\" PRIMARY KEY (\"municipality_code\", \"year\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"job_seeker_flag\" AS ENUM('DOELGROEPREGISTER', 'INDICATIE_BESCHUT_WERK')");
    await queryRunner.query("CREATE TABLE \"job_seeker_flag_period\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"job_seeker_id\" uuid NOT NULL, \"flag\" \"public\".\"job_seeker_flag\" NOT NULL, \"valid_from\" date NOT NULL, \"valid_to\" date, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"job_seeker_flag_period_dates_check\" CHECK (valid_to IS NULL OR valid_to >= valid_from), CONSTRAINT \"job_seeker_flag_period_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"job_seeker_flag_period_job_seeker_id_flag_idx\" ON \"job_seeker_flag_period\"  (\"job_seeker_id\", \"flag\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"benefit_exit_kind\" AS ENUM('FULL', 'PARTIAL')");
    await queryRunner.query("CREATE TYPE \"public\".\"benefit_exit_reason\" AS ENUM('WORK', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"benefit_exit\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"job_seeker_id\" uuid NOT NULL, \"municipality_code\" character varying(6) NOT NULL, \"exit_date\" date NOT NULL, \"kind\" \"public\".\"benefit_exit_kind\" NOT NULL, \"reason\" \"public\".\"benefit_exit_reason\" NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"benefit_exit_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"benefit_exit_municipality_code_exit_date_idx\" ON \"benefit_exit\"  (\"municipality_code\", \"exit_date\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"benefit_exit_job_seeker_id_exit_date_key\" ON \"benefit_exit\"  (\"job_seeker_id\", \"exit_date\") ");
    await queryRunner.query("ALTER TABLE \"region_target\" ADD CONSTRAINT \"region_target_region_code_fkey\" FOREIGN KEY (\"region_code\") REFERENCES \"labour_market_region\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"municipality_target\" ADD CONSTRAINT \"municipality_target_municipality_code_fkey\" FOREIGN KEY (\"municipality_code\") REFERENCES \"municipality\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"job_seeker_flag_period\" ADD CONSTRAINT \"job_seeker_flag_period_job_seeker_id_fkey\" FOREIGN KEY (\"job_seeker_id\") REFERENCES \"job_seeker\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benefit_exit\" ADD CONSTRAINT \"benefit_exit_job_seeker_id_fkey\" FOREIGN KEY (\"job_seeker_id\") REFERENCES \"job_seeker\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benefit_exit\" ADD CONSTRAINT \"benefit_exit_municipality_code_fkey\" FOREIGN KEY (\"municipality_code\") REFERENCES \"municipality\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Job-seekers flagged before flag history existed: their flag holds from the day their file was
    // made (the date UWV granted it is not known). Results count people by these periods.
    await queryRunner.query("INSERT INTO \"job_seeker_flag_period\" (\"job_seeker_id\", \"flag\", \"valid_from\") SELECT \"id\", 'DOELGROEPREGISTER', (\"created_at\" AT TIME ZONE 'Europe/Amsterdam')::date FROM \"job_seeker\" WHERE \"doelgroepregister\"");
    await queryRunner.query("INSERT INTO \"job_seeker_flag_period\" (\"job_seeker_id\", \"flag\", \"valid_from\") SELECT \"id\", 'INDICATIE_BESCHUT_WERK', (\"created_at\" AT TIME ZONE 'Europe/Amsterdam')::date FROM \"job_seeker\" WHERE \"indicatie_beschut_werk\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"benefit_exit\" DROP CONSTRAINT \"benefit_exit_municipality_code_fkey\"");
    await queryRunner.query("ALTER TABLE \"benefit_exit\" DROP CONSTRAINT \"benefit_exit_job_seeker_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"job_seeker_flag_period\" DROP CONSTRAINT \"job_seeker_flag_period_job_seeker_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"municipality_target\" DROP CONSTRAINT \"municipality_target_municipality_code_fkey\"");
    await queryRunner.query("ALTER TABLE \"region_target\" DROP CONSTRAINT \"region_target_region_code_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"benefit_exit_job_seeker_id_exit_date_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"benefit_exit_municipality_code_exit_date_idx\"");
    await queryRunner.query("DROP TABLE \"benefit_exit\"");
    await queryRunner.query("DROP TYPE \"public\".\"benefit_exit_reason\"");
    await queryRunner.query("DROP TYPE \"public\".\"benefit_exit_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"job_seeker_flag_period_job_seeker_id_flag_idx\"");
    await queryRunner.query("DROP TABLE \"job_seeker_flag_period\"");
    await queryRunner.query("DROP TYPE \"public\".\"job_seeker_flag\"");
    await queryRunner.query("DROP TABLE \"municipality_target\"");
    await queryRunner.query("DROP TABLE \"region_target\"");
  }
}
