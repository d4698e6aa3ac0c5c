import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainEventsModule } from '../../common/events/domain-events.js';
import { AuditModule } from '../audit/audit.module.js';
import { JobSeekerReferences } from './job-seeker-references.js';
import { JobSeekerConsentChangeEntity } from './job-seeker-consent.entity.js';
import { JobSeekerCompetenceEntity, JobSeekerEntity } from './job-seeker.entity.js';
import { JobSeekerRepository } from './job-seeker.repository.js';
import { JobSeekerResolver } from './job-seeker.resolver.js';
import { JobSeekerService } from './job-seeker.service.js';

/** Job-seekers' files. Other modules read personal data only through the exported JobSeekerRepository. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      JobSeekerEntity,
      JobSeekerCompetenceEntity,
      JobSeekerConsentChangeEntity,
    ]),
    AuditModule,
    DomainEventsModule,
  ],
  providers: [JobSeekerRepository, JobSeekerReferences, JobSeekerService, JobSeekerResolver],
  exports: [JobSeekerRepository],
})
export class JobSeekerModule {}
