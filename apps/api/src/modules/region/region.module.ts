import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from './region.entity.js';
import { RegionResolver } from './region.resolver.js';
import { RegionService } from './region.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([LabourMarketRegionEntity, MunicipalityEntity, PostcodeAreaEntity]),
  ],
  providers: [RegionService, RegionResolver],
  exports: [RegionService],
})
export class RegionModule {}
