import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IntroductionModule } from '../introduction/introduction.module.js';
import { AftercareCheckInEntity } from './aftercare-check-in.entity.js';
import { AftercareSchedule } from './aftercare-schedule.js';
import { AftercareResolver } from './aftercare.resolver.js';
import { AftercareService } from './aftercare.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AftercareCheckInEntity]), IntroductionModule],
  providers: [AftercareSchedule, AftercareService, AftercareResolver],
  exports: [AftercareSchedule],
})
export class AftercareModule {}
