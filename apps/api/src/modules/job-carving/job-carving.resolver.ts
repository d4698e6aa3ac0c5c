import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { mapConnection, type Connection } from '../../common/graphql/pagination.js';
import {
  ChangeJobCarvingStatusArgs,
  CreateVacancyFromJobCarvingArgs,
  JobCarvingRequestsArgs,
  ProposeJobCarvingRoleArgs,
  RecordJobCarvingAnalysisArgs,
  UpdateJobCarvingRequestArgs,
} from './dto/job-carving.args.js';
import { SubmitJobCarvingRequestInput } from './dto/job-carving.input.js';
import { JobCarvingRequestConnection, JobCarvingRequestModel } from './dto/job-carving.model.js';
import { JobCarvingProposalService } from './job-carving-proposal.service.js';
import { JobCarvingWorkflowService } from './job-carving-workflow.service.js';
import { toJobCarvingRequestModel } from './job-carving.mapper.js';
import { JobCarvingService } from './job-carving.service.js';

@Resolver(() => JobCarvingRequestModel)
export class JobCarvingResolver {
  constructor(
    private readonly service: JobCarvingService,
    private readonly workflow: JobCarvingWorkflowService,
    private readonly proposals: JobCarvingProposalService,
  ) {}

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Query(() => JobCarvingRequestConnection, {
    description: "Requests of your regions' employers; an employer user sees only its own.",
  })
  async jobCarvingRequests(
    @CurrentUser() viewer: Viewer,
    @Args() args: JobCarvingRequestsArgs,
  ): Promise<Connection<JobCarvingRequestModel>> {
    return mapConnection(await this.service.list(viewer, args), toJobCarvingRequestModel);
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Query(() => JobCarvingRequestModel)
  async jobCarvingRequest(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<JobCarvingRequestModel> {
    return toJobCarvingRequestModel(await this.service.get(viewer, id));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => JobCarvingRequestModel, {
    description: 'By the employer itself, or by an account manager on its behalf.',
  })
  async submitJobCarvingRequest(
    @CurrentUser() viewer: Viewer,
    @Args('input') input: SubmitJobCarvingRequestInput,
  ): Promise<JobCarvingRequestModel> {
    return toJobCarvingRequestModel(await this.service.submit(viewer, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => JobCarvingRequestModel, {
    description: 'Only while SUBMITTED, by the side that submitted it.',
  })
  async updateJobCarvingRequest(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdateJobCarvingRequestArgs,
  ): Promise<JobCarvingRequestModel> {
    return toJobCarvingRequestModel(await this.service.update(viewer, id, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => JobCarvingRequestModel, {
    description:
      'SUBMITTED→ANALYSING→PROPOSED→ACCEPTED, or REJECTED (with a note) until accepted. The employer only accepts or rejects a proposal.',
  })
  async changeJobCarvingStatus(
    @CurrentUser() viewer: Viewer,
    @Args() { id, status, note }: ChangeJobCarvingStatusArgs,
  ): Promise<JobCarvingRequestModel> {
    return toJobCarvingRequestModel(
      await this.workflow.changeStatus(viewer, id, status, note ?? null),
    );
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => JobCarvingRequestModel, {
    description: 'Records (or replaces) the task analysis; a SUBMITTED request moves to ANALYSING.',
  })
  async recordJobCarvingAnalysis(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: RecordJobCarvingAnalysisArgs,
  ): Promise<JobCarvingRequestModel> {
    return toJobCarvingRequestModel(await this.proposals.recordAnalysis(viewer, id, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => JobCarvingRequestModel, {
    description:
      'Proposes the composed carved role to the employer: ANALYSING → PROPOSED, after the analysis.',
  })
  async proposeJobCarvingRole(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: ProposeJobCarvingRoleArgs,
  ): Promise<JobCarvingRequestModel> {
    return toJobCarvingRequestModel(await this.proposals.propose(viewer, id, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => JobCarvingRequestModel, {
    description:
      'Creates the carved role as a draft vacancy (a garantiebaan by default) and links it.',
  })
  async createVacancyFromJobCarving(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: CreateVacancyFromJobCarvingArgs,
  ): Promise<JobCarvingRequestModel> {
    return toJobCarvingRequestModel(await this.workflow.createVacancy(viewer, id, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => JobCarvingRequestModel, {
    description: 'Archives the request: hidden from lists, kept for history.',
  })
  async archiveJobCarvingRequest(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<JobCarvingRequestModel> {
    return toJobCarvingRequestModel(await this.service.archive(viewer, id));
  }
}
