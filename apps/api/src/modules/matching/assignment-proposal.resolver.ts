import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { AssignmentAcceptanceService } from './assignment-acceptance.service.js';
import { toAssignmentProposalModel } from './assignment-proposal.mapper.js';
import { AssignmentProposalService } from './assignment-proposal.service.js';
import { StartAssignmentProposalArgs } from './dto/matching.args.js';
import { AssignmentProposalModel } from './dto/assignment-proposal.model.js';
import {
  AcceptAssignmentPairsArgs,
  AssignmentPairAcceptanceModel,
} from './dto/assignment-acceptance.dto.js';

@Resolver(() => AssignmentProposalModel)
export class AssignmentProposalResolver {
  constructor(
    private readonly service: AssignmentProposalService,
    private readonly acceptance: AssignmentAcceptanceService,
  ) {}

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => AssignmentProposalModel, {
    description:
      'Starts filling the region’s open places optimally; returns the QUEUED job at once. One unfinished job per region.',
  })
  async startAssignmentProposal(
    @CurrentUser() viewer: Viewer,
    @Args() args: StartAssignmentProposalArgs,
  ): Promise<AssignmentProposalModel> {
    return toAssignmentProposalModel(await this.service.start(viewer, args));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Query(() => AssignmentProposalModel, {
    description: 'A job’s status and progress; its result once DONE.',
  })
  async assignmentProposal(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<AssignmentProposalModel> {
    return toAssignmentProposalModel(await this.service.get(viewer, id));
  }

  @Roles('ACCOUNT_MANAGER')
  @Mutation(() => [AssignmentPairAcceptanceModel], {
    description:
      'Puts chosen pairs of a DONE proposal of your region on the vacancies’ shortlists (PROPOSED introductions); ' +
      'one result per distinct pair, pairs already in a pipeline are skipped.',
  })
  async acceptAssignmentPairs(
    @CurrentUser() viewer: Viewer,
    @Args() args: AcceptAssignmentPairsArgs,
  ): Promise<AssignmentPairAcceptanceModel[]> {
    return this.acceptance.accept(viewer, args);
  }
}
