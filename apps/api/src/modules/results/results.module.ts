import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LabourMarketRegionEntity, MunicipalityEntity } from '../region/region.entity.js';
import { EmployerContributionResolver } from './employer-contribution.resolver.js';
import { EmployerContributionService } from './employer-contribution.service.js';
import { ResultsRows } from './results-rows.js';
import { MunicipalityTargetEntity, RegionTargetEntity } from './results.entity.js';
import { ResultsResolver } from './results.resolver.js';
import { ResultsService } from './results.service.js';
import { TargetsResolver } from './targets.resolver.js';
import { TargetsService } from './targets.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      RegionTargetEntity,
      MunicipalityTargetEntity,
      LabourMarketRegionEntity,
      MunicipalityEntity,
    ]),
  ],
  providers: [
    ResultsRows,
    ResultsService,
    TargetsService,
    ResultsResolver,
    TargetsResolver,
    EmployerContributionService,
    EmployerContributionResolver,
  ],
})
export class ResultsModule {}
