import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../user/user.entity.js';
import { EmployerAgreementEntity, EmployerContactMomentEntity } from './employer-crm.entity.js';
import { EmployerCrmResolver } from './employer-crm.resolver.js';
import { EmployerCrmService } from './employer-crm.service.js';
import {
  EmployerContactEntity,
  EmployerEntity,
  EmployerLocationEntity,
} from './employer.entity.js';
import { EmployerLocationService } from './employer-location.service.js';
import { EmployerResolver } from './employer.resolver.js';
import { EmployerService } from './employer.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      EmployerEntity,
      EmployerLocationEntity,
      EmployerContactEntity,
      EmployerContactMomentEntity,
      EmployerAgreementEntity,
      UserEntity,
    ]),
  ],
  providers: [
    EmployerService,
    EmployerLocationService,
    EmployerResolver,
    EmployerCrmService,
    EmployerCrmResolver,
  ],
  exports: [EmployerService],
})
export class EmployerModule {}
