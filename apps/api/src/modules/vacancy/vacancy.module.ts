import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VacancyCompetenceEntity, VacancyEntity } from './vacancy.entity.js';
import { VacancyResolver } from './vacancy.resolver.js';
import { VacancyService } from './vacancy.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([VacancyEntity, VacancyCompetenceEntity])],
  providers: [VacancyService, VacancyResolver],
  exports: [VacancyService],
})
export class VacancyModule {}
