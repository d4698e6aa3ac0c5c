import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LabourMarketRegionEntity } from '../region/region.entity.js';
import { OrganisationEntity, OrganisationRegionEntity } from './organisation.entity.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { OrganisationService } from './organisation.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      OrganisationEntity,
      OrganisationRegionEntity,
      LabourMarketRegionEntity,
    ]),
  ],
  providers: [OrganisationService, OrganisationResolver],
  exports: [OrganisationService],
})
export class OrganisationModule {}
