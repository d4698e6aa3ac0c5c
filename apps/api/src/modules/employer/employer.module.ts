import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../user/user.entity.js';
import { EmployerContactEntity, EmployerEntity, EmployerLocationEntity } from './employer.entity.js';
import { EmployerLocationService } from './employer-location.service.js';
import { EmployerResolver } from './employer.resolver.js';
import { EmployerService } from './employer.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([EmployerEntity, EmployerLocationEntity, EmployerContactEntity, UserEntity])],
  providers: [EmployerService, EmployerLocationService, EmployerResolver],
  exports: [EmployerService],
})
export class EmployerModule {}
