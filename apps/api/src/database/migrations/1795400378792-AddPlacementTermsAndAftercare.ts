import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPlacementTermsAndAftercare1795400378792 implements MigrationInterface {
  name = 'AddPlacementTermsAndAftercare1795400378792';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"aftercare_kind\" AS ENUM('WEEK_2', 'MONTH_1', 'MONTH_3', 'MONTH_6', 'MONTH_12')");
    await queryRunner.query("CREATE TYPE \"public\".\"aftercare_status\" AS ENUM('OPEN', 'DONE', 'CANCELLED')");
    await queryRunner.query("CREATE TYPE \"public\".\"aftercare_outcome\" AS ENUM('GOING_WELL', 'ATTENTION_NEEDED', 'AT_RISK')");
    await queryRunner.query("CREATE TYPE \"public\".\"aftercare_contact_channel\" AS ENUM('PHONE', 'EMAIL', 'VISIT', 'VIDEO', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"aftercare_check_in\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"placement_id\" uuid NOT NULL, \"kind\" \"public\".\"aftercare_kind\" NOT NULL, \"due_date\" date NOT NULL, \"status\" \"public\".\"aftercare_status\" NOT NULL DEFAULT 'OPEN', \"completed_on\" date, \"completed_by_id\" uuid, \"outcome\" \"public\".\"aftercare_outcome\", \"note\" character varying(2000), \"channel\" \"public\".\"aftercare_contact_channel\", \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"aftercare_check_in_placement_id_kind_key\" UNIQUE (\"placement_id\", \"kind\"), CONSTRAINT \"aftercare_check_in_done_check\" CHECK ((status = 'DONE') = (completed_on IS NOT NULL AND outcome IS NOT NULL AND channel IS NOT NULL)), CONSTRAINT \"aftercare_check_in_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"aftercare_check_in_status_due_date_idx\" ON \"aftercare_check_in\"  (\"status\", \"due_date\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"placement_arrangement\" AS ENUM('REGULAR', 'TRIAL_PLACEMENT', 'BEHOUD_VAN_UITKERING')");
    await queryRunner.query("ALTER TABLE \"placement\" ADD \"arrangement\" \"public\".\"placement_arrangement\" NOT NULL DEFAULT 'REGULAR'");
    // Existing trial placements were recorded by contract type only.
    await queryRunner.query("UPDATE \"placement\" SET \"arrangement\" = 'TRIAL_PLACEMENT' WHERE \"contract_type\" = 'TRIAL_PLACEMENT'");
    await queryRunner.query("ALTER TABLE \"placement\" ADD \"arrangement_extended\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"placement\" ADD \"hourly_wage\" numeric(5,2)");
    await queryRunner.query("ALTER TABLE \"placement\" ADD \"loonwaarde_percentage\" smallint");
    await queryRunner.query("ALTER TABLE \"placement\" ADD \"jobcoach_hours\" numeric(4,1)");
    await queryRunner.query("CREATE TYPE \"public\".\"jobcoach_hours_unit\" AS ENUM('WEEK', 'MONTH')");
    await queryRunner.query("ALTER TABLE \"placement\" ADD \"jobcoach_hours_unit\" \"public\".\"jobcoach_hours_unit\"");
    await queryRunner.query("CREATE TYPE \"public\".\"placement_end_reason\" AS ENUM('CONTRACT_ENDED', 'DISMISSED', 'RESIGNED', 'NOT_SUITABLE', 'HEALTH', 'OTHER')");
    await queryRunner.query("ALTER TABLE \"placement\" ADD \"end_reason\" \"public\".\"placement_end_reason\"");
    await queryRunner.query("ALTER TABLE \"placement\" ADD \"end_note\" character varying(1000)");
    await queryRunner.query("ALTER TABLE \"placement\" ADD CONSTRAINT \"placement_end_reason_check\" CHECK (end_reason IS NULL OR end_date IS NOT NULL)");
    await queryRunner.query("ALTER TABLE \"placement\" ADD CONSTRAINT \"placement_jobcoach_hours_check\" CHECK ((jobcoach_hours IS NULL) = (jobcoach_hours_unit IS NULL) AND (jobcoach_hours IS NULL OR jobcoach_hours > 0))");
    await queryRunner.query("ALTER TABLE \"placement\" ADD CONSTRAINT \"placement_loonwaarde_percentage_check\" CHECK (loonwaarde_percentage IS NULL OR loonwaarde_percentage BETWEEN 0 AND 100)");
    await queryRunner.query("ALTER TABLE \"placement\" ADD CONSTRAINT \"placement_hourly_wage_check\" CHECK (hourly_wage IS NULL OR (hourly_wage > 0 AND hourly_wage <= 200))");
    await queryRunner.query("ALTER TABLE \"aftercare_check_in\" ADD CONSTRAINT \"aftercare_check_in_placement_id_fkey\" FOREIGN KEY (\"placement_id\") REFERENCES \"placement\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"aftercare_check_in\" ADD CONSTRAINT \"aftercare_check_in_completed_by_id_fkey\" FOREIGN KEY (\"completed_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // Placements recorded before aftercare existed get their schedule; moments already past (or
    // after the last working day) are marked cancelled rather than flooding the task lists.
    await queryRunner.query(`INSERT INTO "aftercare_check_in" ("placement_id", "kind", "due_date", "status")
      SELECT p.id, s.kind::"public"."aftercare_kind", (p.start_date + s.offset_interval)::date,
        CASE WHEN (p.start_date + s.offset_interval)::date < CURRENT_DATE OR (p.end_date IS NOT NULL AND (p.start_date + s.offset_interval)::date > p.end_date)
          THEN 'CANCELLED'::"public"."aftercare_status" ELSE 'OPEN'::"public"."aftercare_status" END
      FROM "placement" p
      CROSS JOIN (VALUES ('WEEK_2', interval '14 days'), ('MONTH_1', interval '1 month'), ('MONTH_3', interval '3 months'),
        ('MONTH_6', interval '6 months'), ('MONTH_12', interval '12 months')) AS s(kind, offset_interval)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"aftercare_check_in\" DROP CONSTRAINT \"aftercare_check_in_completed_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"aftercare_check_in\" DROP CONSTRAINT \"aftercare_check_in_placement_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP CONSTRAINT \"placement_hourly_wage_check\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP CONSTRAINT \"placement_loonwaarde_percentage_check\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP CONSTRAINT \"placement_jobcoach_hours_check\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP CONSTRAINT \"placement_end_reason_check\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP COLUMN \"end_note\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP COLUMN \"end_reason\"");
    await queryRunner.query("DROP TYPE \"public\".\"placement_end_reason\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP COLUMN \"jobcoach_hours_unit\"");
    await queryRunner.query("DROP TYPE \"public\".\"jobcoach_hours_unit\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP COLUMN \"jobcoach_hours\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP COLUMN \"loonwaarde_percentage\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP COLUMN \"hourly_wage\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP COLUMN \"arrangement_extended\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP COLUMN \"arrangement\"");
    await queryRunner.query("DROP TYPE \"public\".\"placement_arrangement\"");
    await queryRunner.query("DROP INDEX \"public\".\"aftercare_check_in_status_due_date_idx\"");
    await queryRunner.query("DROP TABLE \"aftercare_check_in\"");
    await queryRunner.query("DROP TYPE \"public\".\"aftercare_contact_channel\"");
    await queryRunner.query("DROP TYPE \"public\".\"aftercare_outcome\"");
    await queryRunner.query("DROP TYPE \"public\".\"aftercare_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"aftercare_kind\"");
  }
}
