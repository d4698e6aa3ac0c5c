import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordChangeService } from './password-change.service.js';
import { UserEntity, UserRegionEntity } from './user.entity.js';
import { UserResolver } from './user.resolver.js';
import { UserService } from './user.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserRegionEntity])],
  providers: [UserService, PasswordChangeService, UserResolver],
  exports: [UserService],
})
export class UserModule {}
