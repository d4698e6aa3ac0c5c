import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only: PROEFPLAATSING and BEHOUD_VAN_UITKERING now follow from a placement's arrangement
 * (placement-terms.ts, instrumentsOfArrangement). Placements recorded before carry them as chosen:
 * drop the ones that do not fit the arrangement and add the one that does, in enum order, so the
 * results' instrument counts agree with the arrangements.
 */
export class AlignPlacementInstrumentsWithArrangement1795404042790 implements MigrationInterface {
  name = 'AlignPlacementInstrumentsWithArrangement1795404042790';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH aligned AS (
        SELECT p.id,
               ARRAY(
                 SELECT DISTINCT instrument
                   FROM unnest(array_append(p.instruments, own.instrument)) AS instrument
                  WHERE instrument NOT IN ('PROEFPLAATSING', 'BEHOUD_VAN_UITKERING') OR instrument = own.instrument
                  ORDER BY instrument
               ) AS instruments
          FROM placement p
         CROSS JOIN LATERAL (
           SELECT CASE p.arrangement
                    WHEN 'TRIAL_PLACEMENT' THEN 'PROEFPLAATSING'::placement_instrument
                    WHEN 'BEHOUD_VAN_UITKERING' THEN 'BEHOUD_VAN_UITKERING'::placement_instrument
                  END AS instrument
         ) own
      )
      UPDATE placement p
         SET instruments = aligned.instruments
        FROM aligned
       WHERE aligned.id = p.id AND p.instruments IS DISTINCT FROM aligned.instruments`);
  }

  async down(): Promise<void> {
    // Which instruments were chosen by hand before is not kept: nothing to restore. The aligned
    // values are valid under the old rules too.
  }
}
