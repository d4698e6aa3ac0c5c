import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An exit from benefit may name the placement that led to it (recordBenefitExit). */
export class AddBenefitExitPlacement1795401856076 implements MigrationInterface {
  name = 'AddBenefitExitPlacement1795401856076';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "benefit_exit" ADD "placement_id" uuid');
    await queryRunner.query('CREATE INDEX "benefit_exit_placement_id_idx" ON "benefit_exit" ("placement_id") ');
    await queryRunner.query(
      'ALTER TABLE "benefit_exit" ADD CONSTRAINT "benefit_exit_placement_id_fkey" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "benefit_exit" DROP CONSTRAINT "benefit_exit_placement_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."benefit_exit_placement_id_idx"');
    await queryRunner.query('ALTER TABLE "benefit_exit" DROP COLUMN "placement_id"');
  }
}
