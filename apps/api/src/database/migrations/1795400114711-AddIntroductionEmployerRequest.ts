import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddIntroductionEmployerRequest1795400114711 implements MigrationInterface {
  name = 'AddIntroductionEmployerRequest1795400114711';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"introduction\" ADD \"requested_by_employer_id\" uuid");
    await queryRunner.query("ALTER TABLE \"introduction\" ADD \"employer_message\" character varying(1000)");
    await queryRunner.query("ALTER TABLE \"introduction\" ADD \"proposed_dates\" date array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"introduction\" ADD CONSTRAINT \"introduction_requested_by_employer_id_fkey\" FOREIGN KEY (\"requested_by_employer_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"introduction\" DROP CONSTRAINT \"introduction_requested_by_employer_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"introduction\" DROP COLUMN \"proposed_dates\"");
    await queryRunner.query("ALTER TABLE \"introduction\" DROP COLUMN \"employer_message\"");
    await queryRunner.query("ALTER TABLE \"introduction\" DROP COLUMN \"requested_by_employer_id\"");
  }
}
