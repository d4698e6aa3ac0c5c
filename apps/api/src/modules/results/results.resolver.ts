import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  BanenafspraakResultsArgs,
  NationalOverviewArgs,
  RegionYearArgs,
} from './dto/results.args.js';
import {
  BanenafspraakResultsModel,
  BeschutWerkResultsModel,
  NationalOverviewModel,
  PipelineResultsModel,
  UitstroomResultsModel,
} from './dto/results.model.js';
import {
  toBanenafspraakResultsModel,
  toBeschutWerkResultsModel,
  toNationalOverviewModel,
  toPipelineResultsModel,
  toUitstroomResultsModel,
} from './results.mapper.js';
import { ResultsService } from './results.service.js';

/** Aggregates only, never a person: for the board, account managers and admins of the region. */
@Resolver()
export class ResultsResolver {
  constructor(private readonly results: ResultsService) {}

  @Roles('ACCOUNT_MANAGER', 'BOARD_MEMBER', 'ADMIN')
  @Query(() => BanenafspraakResultsModel, {
    description: "A region's banenafspraak jobs per completed quarter.",
  })
  async banenafspraakResults(
    @CurrentUser() viewer: Viewer,
    @Args() args: BanenafspraakResultsArgs,
  ): Promise<BanenafspraakResultsModel> {
    return toBanenafspraakResultsModel(await this.results.banenafspraak(viewer, args));
  }

  @Roles('ACCOUNT_MANAGER', 'BOARD_MEMBER', 'ADMIN')
  @Query(() => BeschutWerkResultsModel, {
    description: 'Realised sheltered places per municipality against the taakstelling.',
  })
  async beschutWerkResults(
    @CurrentUser() viewer: Viewer,
    @Args() args: RegionYearArgs,
  ): Promise<BeschutWerkResultsModel> {
    return toBeschutWerkResultsModel(await this.results.beschutWerk(viewer, args));
  }

  @Roles('ACCOUNT_MANAGER', 'BOARD_MEMBER', 'ADMIN')
  @Query(() => UitstroomResultsModel, {
    description: 'Exits from benefit because of work per municipality against its target.',
  })
  async uitstroomResults(
    @CurrentUser() viewer: Viewer,
    @Args() args: RegionYearArgs,
  ): Promise<UitstroomResultsModel> {
    return toUitstroomResultsModel(await this.results.uitstroom(viewer, args));
  }

  @Roles('ACCOUNT_MANAGER', 'BOARD_MEMBER', 'ADMIN')
  @Query(() => PipelineResultsModel, {
    description: 'Funnel, placements by vacancy kind, instruments and time to fill.',
  })
  async pipelineResults(
    @CurrentUser() viewer: Viewer,
    @Args() args: RegionYearArgs,
  ): Promise<PipelineResultsModel> {
    return toPipelineResultsModel(await this.results.pipeline(viewer, args));
  }

  @Roles('ACCOUNT_MANAGER', 'BOARD_MEMBER', 'ADMIN')
  @Query(() => NationalOverviewModel, {
    description: 'Banenafspraak % of target per region for the map.',
  })
  async nationalOverview(
    @CurrentUser() viewer: Viewer,
    @Args() args: NationalOverviewArgs,
  ): Promise<NationalOverviewModel> {
    return toNationalOverviewModel(await this.results.nationalOverview(viewer, args));
  }
}
