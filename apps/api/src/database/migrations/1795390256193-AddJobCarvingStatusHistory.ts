import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddJobCarvingStatusHistory1795390256193 implements MigrationInterface {
  name = 'AddJobCarvingStatusHistory1795390256193';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"job_carving_request\" ADD \"status_history\" jsonb NOT NULL DEFAULT '[]'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"job_carving_request\" DROP COLUMN \"status_history\"");
  }
}
