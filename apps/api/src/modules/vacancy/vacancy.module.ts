import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainEventsModule } from '../../common/events/domain-events.js';
import { VacancyCompetenceEntity, VacancyEntity } from './vacancy.entity.js';
import { VacancyResolver } from './vacancy.resolver.js';
import { VacancyService } from './vacancy.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([VacancyEntity, VacancyCompetenceEntity]), DomainEventsModule],
  providers: [VacancyService, VacancyResolver],
  exports: [VacancyService],
})
export class VacancyModule {}
