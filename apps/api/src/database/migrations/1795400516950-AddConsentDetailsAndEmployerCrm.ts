import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent to be matched gets its details (the day, how, until when, recorded by whom) and a history
 * of every change; employers get the account managers' CRM: contact moments and agreements.
 */
export class AddConsentDetailsAndEmployerCrm1795400516950 implements MigrationInterface {
  name = 'AddConsentDetailsAndEmployerCrm1795400516950';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"consent_method\" AS ENUM('IN_PERSON', 'PHONE', 'IN_WRITING', 'DIGITAL')");
    await queryRunner.query("ALTER TABLE \"job_seeker\" ADD \"consent_effective_on\" date");
    await queryRunner.query("ALTER TABLE \"job_seeker\" ADD \"consent_method\" \"public\".\"consent_method\"");
    await queryRunner.query("ALTER TABLE \"job_seeker\" ADD \"consent_expires_on\" date");
    await queryRunner.query("ALTER TABLE \"job_seeker\" ADD \"consent_recorded_by_id\" uuid");
    await queryRunner.query("ALTER TABLE \"job_seeker\" ADD CONSTRAINT \"job_seeker_consent_recorded_by_id_fkey\" FOREIGN KEY (\"consent_recorded_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("CREATE TABLE \"job_seeker_consent_change\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"job_seeker_id\" uuid NOT NULL, \"status\" \"public\".\"consent_status\" NOT NULL, \"method\" \"public\".\"consent_method\", \"effective_on\" date NOT NULL, \"expires_on\" date, \"recorded_by_id\" uuid, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"job_seeker_consent_change_expiry_check\" CHECK (expires_on IS NULL OR expires_on > effective_on), CONSTRAINT \"job_seeker_consent_change_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"job_seeker_consent_change_job_seeker_id_idx\" ON \"job_seeker_consent_change\"  (\"job_seeker_id\", \"recorded_at\") ");
    await queryRunner.query("ALTER TABLE \"job_seeker_consent_change\" ADD CONSTRAINT \"job_seeker_consent_change_job_seeker_id_fkey\" FOREIGN KEY (\"job_seeker_id\") REFERENCES \"job_seeker\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"job_seeker_consent_change\" ADD CONSTRAINT \"job_seeker_consent_change_recorded_by_id_fkey\" FOREIGN KEY (\"recorded_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");

    await queryRunner.query("CREATE TYPE \"public\".\"contact_channel\" AS ENUM('PHONE', 'EMAIL', 'VISIT', 'VIDEO', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"employer_contact_moment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"employer_id\" uuid NOT NULL, \"contacted_on\" date NOT NULL, \"channel\" \"public\".\"contact_channel\" NOT NULL, \"subject\" character varying(200) NOT NULL, \"note\" text NOT NULL DEFAULT '', \"recorded_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"archived_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"employer_contact_moment_note_check\" CHECK (char_length(note) <= 2000), CONSTRAINT \"employer_contact_moment_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"employer_contact_moment_employer_id_idx\" ON \"employer_contact_moment\"  (\"employer_id\", \"contacted_on\") ");
    await queryRunner.query("ALTER TABLE \"employer_contact_moment\" ADD CONSTRAINT \"employer_contact_moment_employer_id_fkey\" FOREIGN KEY (\"employer_id\") REFERENCES \"employer\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"employer_contact_moment\" ADD CONSTRAINT \"employer_contact_moment_recorded_by_id_fkey\" FOREIGN KEY (\"recorded_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");

    await queryRunner.query("CREATE TYPE \"public\".\"agreement_kind\" AS ENUM('GARANTIEBANEN', 'BESCHUT_WERK', 'JOB_CARVING', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"agreement_status\" AS ENUM('DRAFT', 'ACTIVE', 'ENDED')");
    await queryRunner.query("CREATE TABLE \"employer_agreement\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"employer_id\" uuid NOT NULL, \"kind\" \"public\".\"agreement_kind\" NOT NULL, \"description\" character varying(2000) NOT NULL, \"places\" smallint, \"valid_from\" date NOT NULL, \"valid_to\" date, \"status\" \"public\".\"agreement_status\" NOT NULL DEFAULT 'ACTIVE', \"recorded_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"archived_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"employer_agreement_places_check\" CHECK (places IS NULL OR places BETWEEN 1 AND 10000), CONSTRAINT \"employer_agreement_period_check\" CHECK (valid_to IS NULL OR valid_to >= valid_from), CONSTRAINT \"employer_agreement_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"employer_agreement_employer_id_idx\" ON \"employer_agreement\"  (\"employer_id\", \"valid_from\") ");
    await queryRunner.query("ALTER TABLE \"employer_agreement\" ADD CONSTRAINT \"employer_agreement_employer_id_fkey\" FOREIGN KEY (\"employer_id\") REFERENCES \"employer\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"employer_agreement\" ADD CONSTRAINT \"employer_agreement_recorded_by_id_fkey\" FOREIGN KEY (\"recorded_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"employer_agreement\"");
    await queryRunner.query("DROP TYPE \"public\".\"agreement_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"agreement_kind\"");
    await queryRunner.query("DROP TABLE \"employer_contact_moment\"");
    await queryRunner.query("DROP TYPE \"public\".\"contact_channel\"");
    await queryRunner.query("DROP TABLE \"job_seeker_consent_change\"");
    await queryRunner.query("ALTER TABLE \"job_seeker\" DROP CONSTRAINT \"job_seeker_consent_recorded_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"job_seeker\" DROP COLUMN \"consent_recorded_by_id\"");
    await queryRunner.query("ALTER TABLE \"job_seeker\" DROP COLUMN \"consent_expires_on\"");
    await queryRunner.query("ALTER TABLE \"job_seeker\" DROP COLUMN \"consent_method\"");
    await queryRunner.query("ALTER TABLE \"job_seeker\" DROP COLUMN \"consent_effective_on\"");
    await queryRunner.query("DROP TYPE \"public\".\"consent_method\"");
  }
}
