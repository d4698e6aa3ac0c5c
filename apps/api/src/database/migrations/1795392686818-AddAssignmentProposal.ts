import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAssignmentProposal1795392686818 implements MigrationInterface {
  name = 'AddAssignmentProposal1795392686818';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"assignment_proposal_status\" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"assignment_proposal\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"region_code\" character varying(4) NOT NULL, \"status\" \"public\".\"assignment_proposal_status\" NOT NULL DEFAULT 'QUEUED', \"progress\" double precision NOT NULL DEFAULT '0', \"include_other_regions\" boolean NOT NULL DEFAULT false, \"requested_by_id\" uuid, \"started_at\" TIMESTAMP WITH TIME ZONE, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"error\" character varying(500), \"result\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"assignment_proposal_progress_check\" CHECK (progress BETWEEN 0 AND 1), CONSTRAINT \"assignment_proposal_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"assignment_proposal_unfinished_region_key\" ON \"assignment_proposal\"  (\"region_code\") WHERE finished_at IS NULL");
    await queryRunner.query("CREATE INDEX \"assignment_proposal_region_code_created_at_idx\" ON \"assignment_proposal\"  (\"region_code\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"assignment_proposal\" ADD CONSTRAINT \"assignment_proposal_region_code_fkey\" FOREIGN KEY (\"region_code\") REFERENCES \"labour_market_region\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignment_proposal\" ADD CONSTRAINT \"assignment_proposal_requested_by_id_fkey\" FOREIGN KEY (\"requested_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"assignment_proposal\" DROP CONSTRAINT \"assignment_proposal_requested_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"assignment_proposal\" DROP CONSTRAINT \"assignment_proposal_region_code_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"assignment_proposal_region_code_created_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"assignment_proposal_unfinished_region_key\"");
    await queryRunner.query("DROP TABLE \"assignment_proposal\"");
    await queryRunner.query("DROP TYPE \"public\".\"assignment_proposal_status\"");
  }
}
