import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AftercareModule } from '../aftercare/aftercare.module.js';
import { IntroductionModule } from '../introduction/introduction.module.js';
import { PlacementEntity } from './placement.entity.js';
import { PlacementResolver } from './placement.resolver.js';
import { PlacementService } from './placement.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([PlacementEntity]), IntroductionModule, AftercareModule],
  providers: [PlacementService, PlacementResolver],
})
export class PlacementModule {}
