import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { mapConnection, type Connection } from '../../common/graphql/pagination.js';
import {
  ChangeIntroductionStatusArgs,
  EmployerIntroductionsArgs,
  IntroductionsArgs,
} from './dto/introduction.args.js';
import { ProposeIntroductionInput } from './dto/introduction.input.js';
import {
  EmployerIntroductionConnection,
  EmployerIntroductionModel,
  IntroductionConnection,
  IntroductionModel,
} from './dto/introduction.model.js';
import { toEmployerIntroductionModel, toIntroductionModel } from './introduction.mapper.js';
import { IntroductionService } from './introduction.service.js';

/**
 * Staff (account managers, consultants) work with named introductions in their regions; employer
 * users get their own operations with the anonymous EmployerIntroduction type.
 */
@Resolver()
export class IntroductionResolver {
  constructor(private readonly service: IntroductionService) {}

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => IntroductionConnection, {
    description:
      "Introductions in your regions (the employer's or the job-seeker's), oldest first.",
  })
  async introductions(
    @CurrentUser() viewer: Viewer,
    @Args() args: IntroductionsArgs,
  ): Promise<Connection<IntroductionModel>> {
    return mapConnection(await this.service.list(viewer, args), (view) =>
      toIntroductionModel(view, viewer.role),
    );
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => IntroductionModel)
  async introduction(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<IntroductionModel> {
    return toIntroductionModel(await this.service.get(viewer, id), viewer.role);
  }

  @Roles('EMPLOYER_USER')
  @Query(() => EmployerIntroductionConnection, {
    description: 'Candidates put forward for your vacancies, oldest first.',
  })
  async employerIntroductions(
    @CurrentUser() viewer: Viewer,
    @Args() args: EmployerIntroductionsArgs,
  ): Promise<Connection<EmployerIntroductionModel>> {
    return mapConnection(
      await this.service.listForEmployer(viewer, args),
      toEmployerIntroductionModel,
    );
  }

  @Roles('EMPLOYER_USER')
  @Query(() => EmployerIntroductionModel)
  async employerIntroduction(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<EmployerIntroductionModel> {
    return toEmployerIntroductionModel(await this.service.getForEmployer(viewer, id));
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Mutation(() => IntroductionModel, {
    description: 'Puts a job-seeker forward for an open vacancy (status PROPOSED).',
  })
  async proposeIntroduction(
    @CurrentUser() viewer: Viewer,
    @Args('input') input: ProposeIntroductionInput,
  ): Promise<IntroductionModel> {
    return toIntroductionModel(await this.service.propose(viewer, input), viewer.role);
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Mutation(() => IntroductionModel, {
    description:
      'One step in the life cycle; consent and its refusal are recorded by a consultant.',
  })
  async changeIntroductionStatus(
    @CurrentUser() viewer: Viewer,
    @Args() args: ChangeIntroductionStatusArgs,
  ): Promise<IntroductionModel> {
    return toIntroductionModel(
      await this.service.get(viewer, await this.service.changeStatus(viewer, args)),
      viewer.role,
    );
  }

  @Roles('EMPLOYER_USER')
  @Mutation(() => EmployerIntroductionModel, {
    description:
      'The employer reports an interview, trial placement, placement or rejection on its own vacancy.',
  })
  async changeEmployerIntroductionStatus(
    @CurrentUser() viewer: Viewer,
    @Args() args: ChangeIntroductionStatusArgs,
  ): Promise<EmployerIntroductionModel> {
    return toEmployerIntroductionModel(
      await this.service.getForEmployer(viewer, await this.service.changeStatus(viewer, args)),
    );
  }
}
