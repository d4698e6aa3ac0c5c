import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, In, Repository } from 'typeorm';
import { assertRegion, regionScope } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { paginate, type Connection } from '../../common/graphql/pagination.js';
import { assertNotCleared } from '../../common/validation/validators.js';
import { escapeLike } from '../region/region.service.js';
import { UserEntity } from '../user/user.entity.js';
import { assertCanManageEmployer, assertCanReadEmployer } from './employer-access.js';
import { EmployerEntity } from './employer.entity.js';
import { EmployerErrors } from './employer.exception.js';
import { EmployerLocationService } from './employer-location.service.js';
import type { EmployersArgs } from './dto/employer.args.js';
import type { CreateEmployerInput, UpdateEmployerInput } from './dto/employer.input.js';

const RELATIONS = {
  locations: { postcodeArea: true },
  contacts: true,
  accountManager: true,
} as const;

@Injectable()
export class EmployerService {
  constructor(
    @InjectRepository(EmployerEntity) private readonly employers: Repository<EmployerEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly locations: EmployerLocationService,
  ) {}

  async list(viewer: Viewer, args: EmployersArgs): Promise<Connection<EmployerEntity>> {
    const query = this.employers.createQueryBuilder('employer');
    if (viewer.role === 'EMPLOYER_USER') {
      query.andWhere('employer.id = :own', { own: viewer.employerId });
    } else {
      const scope = regionScope(viewer);
      if (scope)
        query.andWhere('employer.regionCode IN (:...scope)', {
          scope: scope.length ? scope : [''],
        });
    }
    if (!args.includeArchived) query.andWhere('employer.archivedAt IS NULL');
    if (args.regionCode)
      query.andWhere('employer.regionCode = :regionCode', { regionCode: args.regionCode });
    if (args.sector) query.andWhere('employer.sector = :sector', { sector: args.sector });
    if (args.accountManagerId)
      query.andWhere('employer.accountManagerId = :am', { am: args.accountManagerId });
    if (args.search) {
      const search = args.search.trim();
      query.andWhere(
        new Brackets((where) =>
          where
            .where('employer.name ILIKE :name', { name: `%${escapeLike(search)}%` })
            .orWhere('employer.kvkNumber = :kvk', { kvk: search }),
        ),
      );
    }
    const page = await paginate(query, args, { column: 'name', key: (e) => e.name });
    return { ...page, nodes: await this.withRelations(page.nodes.map((e) => e.id)) };
  }

  async get(viewer: Viewer, id: string): Promise<EmployerEntity> {
    const employer = await this.employers.findOne({ where: { id }, relations: RELATIONS });
    if (!employer) throw EmployerErrors.notFound();
    assertCanReadEmployer(viewer, employer);
    return employer;
  }

  async create(viewer: Viewer, input: CreateEmployerInput): Promise<EmployerEntity> {
    assertRegion(viewer, input.regionCode);
    await this.assertAccountManager(
      input.accountManagerId ?? null,
      input.regionCode,
      'input.accountManagerId',
    );
    if (await this.employers.existsBy({ kvkNumber: input.kvkNumber.trim() }))
      throw EmployerErrors.kvkTaken();
    const id = await this.dataSource.transaction(async (manager) => {
      const employer = await manager.getRepository(EmployerEntity).save({
        name: input.name.trim(),
        kvkNumber: input.kvkNumber.trim(),
        sector: input.sector,
        sbiCode: input.sbiCode ?? null,
        regionCode: input.regionCode,
        accountManagerId:
          input.accountManagerId ?? (viewer.role === 'ACCOUNT_MANAGER' ? viewer.userId : null),
      });
      for (const [index, location] of input.locations.entries()) {
        await this.locations.insertLocation(
          manager,
          employer.id,
          location,
          `input.locations.${index}.postcode`,
        );
      }
      for (const contact of input.contacts)
        await this.locations.insertContact(manager, employer.id, contact);
      return employer.id;
    });
    return this.get(viewer, id);
  }

  async update(viewer: Viewer, id: string, input: UpdateEmployerInput): Promise<EmployerEntity> {
    assertNotCleared(input, ['name', 'kvkNumber', 'sector', 'regionCode']);
    const employer = await this.get(viewer, id);
    assertCanManageEmployer(viewer, employer);
    if (employer.archivedAt) throw EmployerErrors.archived();
    const regionCode = input.regionCode ?? employer.regionCode;
    if (input.regionCode) assertRegion(viewer, input.regionCode);
    if (input.accountManagerId !== undefined || input.regionCode) {
      const accountManagerId =
        input.accountManagerId === undefined ? employer.accountManagerId : input.accountManagerId;
      await this.assertAccountManager(accountManagerId, regionCode, 'input.accountManagerId');
    }
    if (input.kvkNumber && input.kvkNumber.trim() !== employer.kvkNumber) {
      if (await this.employers.existsBy({ kvkNumber: input.kvkNumber.trim() }))
        throw EmployerErrors.kvkTaken();
    }
    await this.employers.update(id, {
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(input.kvkNumber !== undefined && { kvkNumber: input.kvkNumber.trim() }),
      ...(input.sector !== undefined && { sector: input.sector }),
      ...(input.sbiCode !== undefined && { sbiCode: input.sbiCode }),
      ...(input.regionCode !== undefined && { regionCode: input.regionCode }),
      ...(input.accountManagerId !== undefined && { accountManagerId: input.accountManagerId }),
    });
    return this.get(viewer, id);
  }

  async archive(viewer: Viewer, id: string): Promise<EmployerEntity> {
    const employer = await this.get(viewer, id);
    assertCanManageEmployer(viewer, employer);
    if (!employer.archivedAt) await this.employers.update(id, { archivedAt: new Date() });
    return this.get(viewer, id);
  }

  private async withRelations(ids: string[]): Promise<EmployerEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.employers.find({ where: { id: In(ids) }, relations: RELATIONS });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  }

  private async assertAccountManager(
    userId: string | null,
    regionCode: string,
    field: string,
  ): Promise<void> {
    if (!userId) return;
    const user = await this.users.findOne({ where: { id: userId }, relations: { regions: true } });
    const servesRegion = user?.regions.some((region) => region.code === regionCode) ?? false;
    if (!user || user.role !== 'ACCOUNT_MANAGER' || user.archivedAt || !servesRegion) {
      throw EmployerErrors.notAnAccountManager(field);
    }
  }
}
