import { Module } from '@nestjs/common';
import { LksResolver } from './lks.resolver.js';
import { LksService } from './lks.service.js';

/** Loonkostensubsidie estimates on the domain rule (packages/domain-rules lks.ts). */
@Module({ providers: [LksService, LksResolver] })
export class LksModule {}
