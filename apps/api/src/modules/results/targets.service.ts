import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LabourMarketRegionEntity, MunicipalityEntity } from '../region/region.entity.js';
import type { MunicipalityTargetInput, RegionTargetInput } from './dto/target.input.js';
import { MunicipalityTargetEntity, RegionTargetEntity } from './results.entity.js';
import { ResultsErrors } from './results.exception.js';

export type MunicipalityTargetView = {
  target: MunicipalityTargetEntity;
  municipality: MunicipalityEntity;
};

/** Targets are data an admin keeps: set (insert or replace) per region or municipality and year. */
@Injectable()
export class TargetsService {
  constructor(
    @InjectRepository(RegionTargetEntity)
    private readonly regionTargets: Repository<RegionTargetEntity>,
    @InjectRepository(MunicipalityTargetEntity)
    private readonly municipalityTargets: Repository<MunicipalityTargetEntity>,
    @InjectRepository(LabourMarketRegionEntity)
    private readonly regions: Repository<LabourMarketRegionEntity>,
    @InjectRepository(MunicipalityEntity)
    private readonly municipalities: Repository<MunicipalityEntity>,
  ) {}

  async setRegionTarget(input: RegionTargetInput): Promise<RegionTargetEntity> {
    const marktJobs = input.marktJobs ?? null;
    const overheidJobs = input.overheidJobs ?? null;
    if (marktJobs === null && overheidJobs !== null)
      throw ResultsErrors.splitIncomplete('input.marktJobs');
    if (overheidJobs === null && marktJobs !== null)
      throw ResultsErrors.splitIncomplete('input.overheidJobs');
    // Tenths as whole numbers: 0.1 + 0.2 is not 0.3 in floating point.
    if (
      marktJobs !== null &&
      Math.round(marktJobs * 10) + Math.round(overheidJobs! * 10) !== Math.round(input.jobs * 10)
    ) {
      throw ResultsErrors.splitNotAddingUp();
    }
    if (!(await this.regions.existsBy({ code: input.regionCode })))
      throw ResultsErrors.regionNotFound();
    const key = { regionCode: input.regionCode, year: input.year };
    await this.regionTargets.upsert(
      { ...key, jobs: input.jobs, marktJobs, overheidJobs },
      { conflictPaths: ['regionCode', 'year'] },
    );
    return this.regionTargets.findOneByOrFail(key);
  }

  async setMunicipalityTarget(input: MunicipalityTargetInput): Promise<MunicipalityTargetView> {
    const municipality = await this.municipalities.findOneBy({ code: input.municipalityCode });
    if (!municipality) throw ResultsErrors.municipalityNotFound();
    const key = { municipalityCode: input.municipalityCode, year: input.year };
    await this.municipalityTargets.upsert(
      {
        ...key,
        beschutWerkTaakstelling: input.beschutWerkTaakstelling ?? null,
        uitstroomTarget: input.uitstroomTarget ?? null,
      },
      { conflictPaths: ['municipalityCode', 'year'] },
    );
    return { target: await this.municipalityTargets.findOneByOrFail(key), municipality };
  }
}
