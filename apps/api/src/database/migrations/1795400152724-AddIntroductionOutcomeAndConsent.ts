import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Why an introduction ended (on the introduction and on its history row) and the consent to it. */
export class AddIntroductionOutcomeAndConsent1795400152724 implements MigrationInterface {
  name = 'AddIntroductionOutcomeAndConsent1795400152724';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"introduction_end_reason\" AS ENUM('DECLINED_BY_JOB_SEEKER', 'DECLINED_BY_EMPLOYER', 'NOT_SUITABLE', 'VACANCY_FILLED', 'OTHER')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"introduction_consent_method\" AS ENUM('IN_PERSON', 'PHONE', 'IN_WRITING', 'DIGITAL')");
    await queryRunner.query('ALTER TABLE "introduction" ADD "end_reason" "public"."introduction_end_reason"');
    await queryRunner.query('ALTER TABLE "introduction" ADD "consent_given_on" date');
    await queryRunner.query('ALTER TABLE "introduction" ADD "consent_method" "public"."introduction_consent_method"');
    await queryRunner.query('ALTER TABLE "introduction" ADD "consent_expires_on" date');
    await queryRunner.query(
      'ALTER TABLE "introduction" ADD CONSTRAINT "introduction_consent_dates_check" CHECK (consent_expires_on IS NULL OR consent_expires_on > consent_given_on)',
    );
    await queryRunner.query('ALTER TABLE "introduction_status_change" ADD "end_reason" "public"."introduction_end_reason"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "introduction_status_change" DROP COLUMN "end_reason"');
    await queryRunner.query('ALTER TABLE "introduction" DROP CONSTRAINT "introduction_consent_dates_check"');
    await queryRunner.query('ALTER TABLE "introduction" DROP COLUMN "consent_expires_on"');
    await queryRunner.query('ALTER TABLE "introduction" DROP COLUMN "consent_method"');
    await queryRunner.query('ALTER TABLE "introduction" DROP COLUMN "consent_given_on"');
    await queryRunner.query('ALTER TABLE "introduction" DROP COLUMN "end_reason"');
    await queryRunner.query('DROP TYPE "public"."introduction_consent_method"');
    await queryRunner.query('DROP TYPE "public"."introduction_end_reason"');
  }
}
