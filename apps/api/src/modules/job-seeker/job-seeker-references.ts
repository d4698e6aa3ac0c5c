import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parsePostcode } from '@werkbrug/domain-rules';
import { DataSource, In, IsNull } from 'typeorm';
import type { FieldError } from '../../common/errors/domain-error.js';
import { CompetenceEntity } from '../competence/competence.entity.js';
import { MunicipalityEntity, PostcodeAreaEntity } from '../region/region.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { FIELD_MESSAGES } from './job-seeker.exception.js';
import type { JobSeekerCompetenceInput } from './dto/job-seeker.input.js';

export type CompetenceRow = { competenceCode: string; level: number; assessedAt: string | null };

/**
 * Checks what a file refers to (postcode area, municipality, consultant, competences). Each check
 * adds its failures to `errors` with the field's path, so one answer lists every bad field.
 * Messages never repeat the value.
 */
@Injectable()
export class JobSeekerReferences {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** '1211 ab' → { postcode: '1211AB', pc4: '1211' } when the PC4 area is known. */
  async postcode(
    value: string,
    field: string,
    errors: FieldError[],
  ): Promise<{ postcode: string; pc4: string } | null> {
    const parsed = parsePostcode(value);
    const known = parsed?.letters
      ? await this.dataSource.getRepository(PostcodeAreaEntity).existsBy({ pc4: parsed.pc4 })
      : false;
    if (!parsed?.letters || !known) {
      errors.push({ field, message: FIELD_MESSAGES.postcode });
      return null;
    }
    return { postcode: `${parsed.pc4}${parsed.letters}`, pc4: parsed.pc4 };
  }

  async municipality(
    code: string,
    field: string,
    errors: FieldError[],
  ): Promise<MunicipalityEntity | null> {
    const municipality = await this.dataSource
      .getRepository(MunicipalityEntity)
      .findOneBy({ code });
    if (!municipality) errors.push({ field, message: FIELD_MESSAGES.municipality });
    return municipality;
  }

  /** The owner of a file is an active consultant serving the region of the file's municipality. */
  async consultant(
    userId: string,
    regionCode: string,
    field: string,
    errors: FieldError[],
  ): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, relations: { regions: true } });
    const servesRegion = user?.regions.some((region) => region.code === regionCode) ?? false;
    if (!user || user.role !== 'CONSULTANT' || user.archivedAt || !servesRegion) {
      errors.push({ field, message: FIELD_MESSAGES.consultant });
    }
  }

  /** Known, non-archived competences, each once. */
  async competences(
    inputs: readonly JobSeekerCompetenceInput[],
    field: string,
    errors: FieldError[],
  ): Promise<CompetenceRow[]> {
    const rows = inputs.map((input) => ({
      competenceCode: input.code.trim(),
      level: input.level,
      assessedAt: input.assessedAt ?? null,
    }));
    const codes = [...new Set(rows.map((row) => row.competenceCode))];
    const known = new Set(
      codes.length === 0
        ? []
        : (
            await this.dataSource
              .getRepository(CompetenceEntity)
              .find({ select: { code: true }, where: { code: In(codes), archivedAt: IsNull() } })
          ).map((competence) => competence.code),
    );
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (!known.has(row.competenceCode))
        errors.push({ field: `${field}.${index}.code`, message: FIELD_MESSAGES.unknownCompetence });
      else if (seen.has(row.competenceCode))
        errors.push({
          field: `${field}.${index}.code`,
          message: FIELD_MESSAGES.duplicateCompetence,
        });
      seen.add(row.competenceCode);
    });
    return rows;
  }
}
