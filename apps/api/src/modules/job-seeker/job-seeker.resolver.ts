import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { mapConnection, type Connection } from '../../common/graphql/pagination.js';
import { todayInNetherlands } from './calendar.js';
import { toConsentChangeModel, toJobSeekerModel } from './job-seeker.mapper.js';
import { JobSeekerService } from './job-seeker.service.js';
import {
  JobSeekerCountArgs,
  JobSeekersArgs,
  RecordJobSeekerConsentArgs,
  SetJobSeekerCompetencesArgs,
  UpdateJobSeekerArgs,
} from './dto/job-seeker.args.js';
import { CreateJobSeekerInput } from './dto/job-seeker.input.js';
import {
  JobSeekerConnection,
  JobSeekerConsentChangeModel,
  JobSeekerModel,
} from './dto/job-seeker.model.js';

/** Files are read by account managers and consultants of the region; only consultants change them. */
@Resolver(() => JobSeekerModel)
export class JobSeekerResolver {
  constructor(private readonly service: JobSeekerService) {}

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => JobSeekerConnection, {
    description: 'Job-seekers of your regions. Every file returned is logged as read.',
  })
  async jobSeekers(
    @CurrentUser() viewer: Viewer,
    @Args() args: JobSeekersArgs,
  ): Promise<Connection<JobSeekerModel>> {
    const today = todayInNetherlands();
    return mapConnection(await this.service.list(viewer, args), (record) =>
      toJobSeekerModel(record, viewer, today),
    );
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => Int, {
    description:
      'How many of your files pass the filters (e.g. availabilityStale: true for follow-up); reads no file.',
  })
  async jobSeekerCount(
    @CurrentUser() viewer: Viewer,
    @Args() args: JobSeekerCountArgs,
  ): Promise<number> {
    return this.service.count(viewer, args);
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => JobSeekerModel, { description: 'One file; logged as read.' })
  async jobSeeker(@CurrentUser() viewer: Viewer, @Args() { id }: IdArgs): Promise<JobSeekerModel> {
    return toJobSeekerModel(await this.service.get(viewer, id), viewer);
  }

  @Roles('CONSULTANT')
  @Mutation(() => JobSeekerModel, {
    description:
      'Opens a file in a municipality of your regions; you own it unless consultantId says otherwise.',
  })
  async createJobSeeker(
    @CurrentUser() viewer: Viewer,
    @Args('input') input: CreateJobSeekerInput,
  ): Promise<JobSeekerModel> {
    return toJobSeekerModel(await this.service.create(viewer, input), viewer);
  }

  @Roles('CONSULTANT')
  @Mutation(() => JobSeekerModel, {
    description: 'Changes the fields given; null clears an optional field.',
  })
  async updateJobSeeker(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdateJobSeekerArgs,
  ): Promise<JobSeekerModel> {
    return toJobSeekerModel(await this.service.update(viewer, id, input), viewer);
  }

  @Roles('CONSULTANT')
  @Mutation(() => JobSeekerModel, {
    description: 'Replaces the competence set (e.g. after a competence scan).',
  })
  async setJobSeekerCompetences(
    @CurrentUser() viewer: Viewer,
    @Args() { id, competences }: SetJobSeekerCompetencesArgs,
  ): Promise<JobSeekerModel> {
    return toJobSeekerModel(await this.service.setCompetences(viewer, id, competences), viewer);
  }

  @Roles('CONSULTANT')
  @Mutation(() => JobSeekerModel, {
    description:
      'Records that the job-seeker granted or withdrew consent to show an anonymised profile.',
  })
  async recordJobSeekerConsent(
    @CurrentUser() viewer: Viewer,
    @Args() { id, ...change }: RecordJobSeekerConsentArgs,
  ): Promise<JobSeekerModel> {
    return toJobSeekerModel(await this.service.recordConsent(viewer, id, change), viewer);
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @ResolveField(() => [JobSeekerConsentChangeModel], {
    description: 'Every recorded change of the consent to be matched, newest first.',
  })
  async consentHistory(
    @CurrentUser() viewer: Viewer,
    @Parent() jobSeeker: JobSeekerModel,
  ): Promise<JobSeekerConsentChangeModel[]> {
    return (await this.service.consentHistory(viewer, jobSeeker.id)).map(toConsentChangeModel);
  }

  @Roles('CONSULTANT')
  @Mutation(() => JobSeekerModel, {
    description: 'Records that the job-seeker confirmed their availability today.',
  })
  async confirmJobSeekerAvailability(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<JobSeekerModel> {
    return toJobSeekerModel(await this.service.confirmAvailability(viewer, id), viewer);
  }

  @Roles('CONSULTANT')
  @Mutation(() => JobSeekerModel, {
    description: 'Archives the file: hidden from lists, kept for history and results.',
  })
  async archiveJobSeeker(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<JobSeekerModel> {
    return toJobSeekerModel(await this.service.archive(viewer, id), viewer);
  }
}
