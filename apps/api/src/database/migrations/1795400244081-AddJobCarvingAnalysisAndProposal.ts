import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job carving: the employer's reason, per task whether it could be split off, and the WSP's task
 * analysis and proposed carved role (jsonb on the request, like its status history).
 */
export class AddJobCarvingAnalysisAndProposal1795400244081 implements MigrationInterface {
  name = 'AddJobCarvingAnalysisAndProposal1795400244081';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."job_carving_reason" AS ENUM('SHORTAGE', 'WORKLOAD', 'INCLUSION', 'OTHER')`);
    await queryRunner.query(`ALTER TABLE "job_carving_request" ADD "reason" "public"."job_carving_reason"`);
    await queryRunner.query(`ALTER TABLE "job_carving_request" ADD "analysis" jsonb`);
    await queryRunner.query(`ALTER TABLE "job_carving_request" ADD "proposal" jsonb`);
    // Tasks described before the question was asked: the simple ones are taken as splittable.
    await queryRunner.query(`
      UPDATE "job_carving_job" SET "tasks" = (
        SELECT coalesce(jsonb_agg(task || jsonb_build_object('splittable', task->>'complexity' = 'SIMPLE') ORDER BY position), '[]'::jsonb)
        FROM jsonb_array_elements("tasks") WITH ORDINALITY AS t(task, position)
      )
      WHERE EXISTS (SELECT 1 FROM jsonb_array_elements("tasks") AS t(task) WHERE NOT task ? 'splittable')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "job_carving_job" SET "tasks" = (
        SELECT coalesce(jsonb_agg(task - 'splittable' ORDER BY position), '[]'::jsonb)
        FROM jsonb_array_elements("tasks") WITH ORDINALITY AS t(task, position)
      )`);
    await queryRunner.query(`ALTER TABLE "job_carving_request" DROP COLUMN "proposal"`);
    await queryRunner.query(`ALTER TABLE "job_carving_request" DROP COLUMN "analysis"`);
    await queryRunner.query(`ALTER TABLE "job_carving_request" DROP COLUMN "reason"`);
    await queryRunner.query(`DROP TYPE "public"."job_carving_reason"`);
  }
}
