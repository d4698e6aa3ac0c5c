import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessLogService } from './access-log.service.js';
import { PersonalDataAccessEntity } from './personal-data-access.entity.js';

/** The personal-data access log; written by JobSeekerRepository on every read of a file. */
@Module({
  imports: [TypeOrmModule.forFeature([PersonalDataAccessEntity])],
  providers: [AccessLogService],
  exports: [AccessLogService],
})
export class AuditModule {}
