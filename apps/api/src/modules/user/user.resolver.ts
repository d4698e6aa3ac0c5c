import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@werkbrug/domain-rules';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { mapConnection, type Connection } from '../../common/graphql/pagination.js';
import { ChangeMyPasswordArgs, UpdateUserArgs, UsersArgs } from './dto/user.args.js';
import { CreateUserInput } from './dto/user.input.js';
import { UserConnection, UserModel } from './dto/user.model.js';
import { PasswordChangeService } from './password-change.service.js';
import { toUserModel } from './user.mapper.js';
import { UserService } from './user.service.js';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly service: UserService,
    private readonly passwords: PasswordChangeService,
  ) {}

  @Roles('ADMIN', 'ACCOUNT_MANAGER')
  @Query(() => UserConnection, {
    description:
      'Accounts. An account manager sees the account managers and consultants of its regions.',
  })
  async users(
    @CurrentUser() viewer: Viewer,
    @Args() args: UsersArgs,
  ): Promise<Connection<UserModel>> {
    return mapConnection(await this.service.list(viewer, args), toUserModel);
  }

  @Roles('ADMIN', 'ACCOUNT_MANAGER')
  @Query(() => UserModel)
  async user(@CurrentUser() viewer: Viewer, @Args() { id }: IdArgs): Promise<UserModel> {
    return toUserModel(await this.service.get(viewer, id));
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, {
    description: 'Creates an account with an initial password the user then changes.',
  })
  async createUser(
    @CurrentUser() viewer: Viewer,
    @Args('input') input: CreateUserInput,
  ): Promise<UserModel> {
    return toUserModel(await this.service.create(viewer, input));
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, { description: 'regionCodes, when given, replaces the whole list.' })
  async updateUser(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdateUserArgs,
  ): Promise<UserModel> {
    return toUserModel(await this.service.update(viewer, id, input));
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, { description: 'Archives the account and ends its sessions.' })
  async archiveUser(@CurrentUser() viewer: Viewer, @Args() { id }: IdArgs): Promise<UserModel> {
    return toUserModel(await this.service.archive(viewer, id));
  }

  @Roles(...ROLES)
  @Mutation(() => Boolean, {
    description: "Changes the caller's password and ends its other sessions.",
  })
  async changeMyPassword(
    @CurrentUser() viewer: Viewer,
    @Args() { currentPassword, newPassword }: ChangeMyPasswordArgs,
  ): Promise<boolean> {
    await this.passwords.changePassword(viewer, currentPassword, newPassword);
    return true;
  }
}
