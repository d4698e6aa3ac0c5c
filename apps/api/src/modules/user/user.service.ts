import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@werkbrug/domain-rules';
import { Brackets, DataSource, In, IsNull, Not, Repository, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, type FieldError } from '../../common/errors/domain-error.js';
import { paginate, type Connection } from '../../common/graphql/pagination.js';
import { hashPassword } from '../auth/password.js';
import { SessionEntity } from '../auth/session.entity.js';
import { EmployerEntity } from '../employer/employer.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { escapeLike } from '../region/region.service.js';
import { assertCanReadUser, ROLES_VISIBLE_TO_ACCOUNT_MANAGERS } from './user-access.js';
import { UserEntity, UserRegionEntity } from './user.entity.js';
import { UserErrors } from './user.exception.js';
import type { UsersArgs } from './dto/user.args.js';
import type { CreateUserInput, UpdateUserInput } from './dto/user.input.js';

const RELATIONS = { organisation: true, employer: true, regions: true } as const;

/** Where an account belongs: an organisation (staff) or an employer (EMPLOYER_USER), and its regions. */
interface Placement {
  role: Role;
  organisationId: string | null;
  employerId: string | null;
  regionCodes: string[];
}

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(viewer: Viewer, args: UsersArgs): Promise<Connection<UserEntity>> {
    const query = this.users.createQueryBuilder('account');
    if (viewer.role !== 'ADMIN') {
      query
        .andWhere('account.role IN (:...visibleRoles)', {
          visibleRoles: ROLES_VISIBLE_TO_ACCOUNT_MANAGERS,
        })
        .andWhere(
          'account.id IN (SELECT user_id FROM user_region WHERE region_code IN (:...scope))',
          {
            scope: viewer.regionCodes.length ? viewer.regionCodes : [''],
          },
        );
    }
    if (!args.includeArchived) query.andWhere('account.archivedAt IS NULL');
    if (args.role) query.andWhere('account.role = :role', { role: args.role });
    if (args.organisationId)
      query.andWhere('account.organisationId = :organisationId', {
        organisationId: args.organisationId,
      });
    if (args.regionCode) {
      query.andWhere(
        'account.id IN (SELECT user_id FROM user_region WHERE region_code = :regionCode)',
        { regionCode: args.regionCode },
      );
    }
    const search = args.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      query.andWhere(
        new Brackets((where) =>
          where
            .where('account.displayName ILIKE :pattern', { pattern })
            .orWhere('account.email ILIKE :pattern', { pattern }),
        ),
      );
    }
    const page = await paginate(query, args, { column: 'displayName', key: (u) => u.displayName });
    return { ...page, nodes: await this.withRelations(page.nodes.map((u) => u.id)) };
  }

  async get(viewer: Viewer, id: string): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id }, relations: RELATIONS });
    if (!user) throw UserErrors.notFound();
    assertCanReadUser(viewer, {
      role: user.role,
      regionCodes: user.regions.map((region) => region.code),
    });
    return user;
  }

  async create(viewer: Viewer, input: CreateUserInput): Promise<UserEntity> {
    const placement: Placement = {
      role: input.role,
      organisationId: input.organisationId ?? null,
      employerId: input.employerId ?? null,
      regionCodes: input.regionCodes,
    };
    await this.assertPlacement(placement);
    if (await this.users.existsBy({ email: input.email })) throw UserErrors.emailTaken();
    const passwordHash = await hashPassword(input.password);
    const id = await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(UserEntity, {
        email: input.email,
        displayName: input.displayName,
        passwordHash,
        role: input.role,
        organisationId: placement.organisationId,
        employerId: placement.employerId,
      });
      const userId = identifiers[0]!.id as string;
      await this.replaceRegions(manager, userId, placement.regionCodes);
      return userId;
    });
    return this.get(viewer, id);
  }

  async update(viewer: Viewer, id: string, input: UpdateUserInput): Promise<UserEntity> {
    const user = await this.get(viewer, id);
    if (user.archivedAt) throw UserErrors.archived();
    const role = input.role ?? user.role;
    if ((role === 'EMPLOYER_USER') !== (user.role === 'EMPLOYER_USER'))
      throw UserErrors.employerRoleChange();
    if (id === viewer.userId && role !== user.role) throw UserErrors.changeOwnRole();
    const regionCodes = input.regionCodes ?? null;
    if (input.organisationId != null || regionCodes) {
      await this.assertPlacement({
        role,
        organisationId: input.organisationId ?? user.organisationId,
        employerId: user.employerId,
        regionCodes: regionCodes ?? user.regions.map((region) => region.code),
      });
    }
    const email = input.email ?? user.email;
    if (email !== user.email && (await this.users.existsBy({ email, id: Not(id) })))
      throw UserErrors.emailTaken();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, id, {
        email,
        role,
        ...(input.displayName != null && { displayName: input.displayName }),
        ...(input.organisationId != null && { organisationId: input.organisationId }),
      });
      if (regionCodes) await this.replaceRegions(manager, id, regionCodes);
    });
    return this.get(viewer, id);
  }

  /** Archives the account and ends its sessions at once. */
  async archive(viewer: Viewer, id: string): Promise<UserEntity> {
    if (id === viewer.userId) throw UserErrors.archiveSelf();
    const user = await this.get(viewer, id);
    await this.dataSource.transaction(async (manager) => {
      if (!user.archivedAt) await manager.update(UserEntity, id, { archivedAt: new Date() });
      await manager.update(
        SessionEntity,
        { userId: id, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
    });
    return this.get(viewer, id);
  }

  /**
   * Staff belong to an active organisation and serve regions it serves; an employer user belongs
   * to an active employer and serves that employer's region. All problems are reported at once.
   */
  private async assertPlacement(placement: Placement): Promise<void> {
    const fields: FieldError[] = [];
    const problem = (field: string, message: string) =>
      fields.push({ field: `input.${field}`, message });
    if (placement.role === 'EMPLOYER_USER') {
      if (placement.organisationId)
        problem(
          'organisationId',
          'Een werkgeversaccount hoort bij een werkgever, niet bij een organisatie.',
        );
      const employer = placement.employerId
        ? await this.dataSource
            .getRepository(EmployerEntity)
            .findOneBy({ id: placement.employerId })
        : null;
      if (!placement.employerId) {
        problem('employerId', 'Kies de werkgever van dit account.');
      } else if (!employer || employer.archivedAt) {
        problem('employerId', 'Deze werkgever bestaat niet of is gearchiveerd.');
      } else if (
        placement.regionCodes.length !== 1 ||
        placement.regionCodes[0] !== employer.regionCode
      ) {
        problem(
          'regionCodes',
          `Een werkgeversaccount hoort bij de regio van de werkgever: ${employer.regionCode}.`,
        );
      }
    } else {
      if (placement.employerId)
        problem('employerId', 'Alleen werkgeversaccounts horen bij een werkgever.');
      const organisation = placement.organisationId
        ? await this.dataSource
            .getRepository(OrganisationEntity)
            .findOne({ where: { id: placement.organisationId }, relations: { regions: true } })
        : null;
      if (!placement.organisationId) {
        problem('organisationId', 'Kies de organisatie van dit account.');
      } else if (!organisation || organisation.archivedAt) {
        problem('organisationId', 'Deze organisatie bestaat niet of is gearchiveerd.');
      } else {
        const served = organisation.regions.map((region) => region.code);
        const outside = placement.regionCodes.filter((code) => !served.includes(code));
        if (outside.length)
          problem('regionCodes', `${organisation.name} werkt niet in ${outside.join(', ')}.`);
      }
    }
    if (fields.length) throw badInput(fields);
  }

  private async replaceRegions(
    manager: EntityManager,
    userId: string,
    regionCodes: string[],
  ): Promise<void> {
    await manager.delete(UserRegionEntity, { userId });
    await manager.insert(
      UserRegionEntity,
      regionCodes.map((regionCode) => ({ userId, regionCode })),
    );
  }

  private async withRelations(ids: string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.users.find({ where: { id: In(ids) }, relations: RELATIONS });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  }
}
