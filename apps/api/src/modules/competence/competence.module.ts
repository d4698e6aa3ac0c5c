import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompetenceEntity, CompetenceTaxonomyEntity } from './competence.entity.js';
import { CompetenceResolver } from './competence.resolver.js';
import { CompetenceService } from './competence.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CompetenceEntity, CompetenceTaxonomyEntity])],
  providers: [CompetenceService, CompetenceResolver],
  exports: [CompetenceService],
})
export class CompetenceModule {}
