import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { regionScope } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { paginate, type Connection } from '../../common/graphql/pagination.js';
import { LabourMarketRegionEntity } from '../region/region.entity.js';
import { escapeLike } from '../region/region.service.js';
import { UserEntity } from '../user/user.entity.js';
import { assertCanReadOrganisation } from './organisation-access.js';
import { OrganisationEntity, OrganisationRegionEntity } from './organisation.entity.js';
import { OrganisationErrors } from './organisation.exception.js';
import type { OrganisationsArgs } from './dto/organisation.args.js';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input.js';

/** Organisations serving one of the regions in the named parameter. */
const servesRegions = (parameter: string) =>
  `organisation.id IN (SELECT organisation_id FROM organisation_region WHERE region_code IN (:...${parameter}))`;

@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(LabourMarketRegionEntity)
    private readonly regions: Repository<LabourMarketRegionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(viewer: Viewer, args: OrganisationsArgs): Promise<Connection<OrganisationEntity>> {
    const query = this.organisations.createQueryBuilder('organisation');
    const scope = regionScope(viewer);
    if (scope) query.andWhere(servesRegions('scope'), { scope: scope.length ? scope : [''] });
    if (args.regionCode)
      query.andWhere(servesRegions('regionCode'), { regionCode: [args.regionCode] });
    if (!args.includeArchived) query.andWhere('organisation.archivedAt IS NULL');
    if (args.kind) query.andWhere('organisation.kind = :kind', { kind: args.kind });
    const search = args.search?.trim();
    if (search)
      query.andWhere('organisation.name ILIKE :name', { name: `%${escapeLike(search)}%` });
    const page = await paginate(query, args, { column: 'name', key: (o) => o.name });
    return { ...page, nodes: await this.withRegions(page.nodes.map((o) => o.id)) };
  }

  async get(viewer: Viewer, id: string): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findOne({
      where: { id },
      relations: { regions: true },
    });
    if (!organisation) throw OrganisationErrors.notFound();
    assertCanReadOrganisation(
      viewer,
      organisation.regions.map((region) => region.code),
    );
    return organisation;
  }

  async create(viewer: Viewer, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    await this.assertRegionsExist(input.regionCodes, 'input.regionCodes');
    const id = await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(OrganisationEntity, {
        name: input.name,
        kind: input.kind,
      });
      const organisationId = identifiers[0]!.id as string;
      await manager.insert(
        OrganisationRegionEntity,
        input.regionCodes.map((regionCode) => ({ organisationId, regionCode })),
      );
      return organisationId;
    });
    return this.get(viewer, id);
  }

  async update(
    viewer: Viewer,
    id: string,
    input: UpdateOrganisationInput,
  ): Promise<OrganisationEntity> {
    const organisation = await this.get(viewer, id);
    if (organisation.archivedAt) throw OrganisationErrors.archived();
    const regionCodes = input.regionCodes ?? null;
    if (regionCodes) {
      await this.assertRegionsExist(regionCodes, 'input.regionCodes');
      const dropped = organisation.regions
        .map((region) => region.code)
        .filter((code) => !regionCodes.includes(code));
      const inUse = await this.regionsServedByActiveUsers(id, dropped);
      if (inUse.length) throw OrganisationErrors.regionsInUse(inUse);
    }
    await this.dataSource.transaction(async (manager) => {
      const changes = {
        ...(input.name != null && { name: input.name }),
        ...(input.kind != null && { kind: input.kind }),
      };
      if (Object.keys(changes).length) await manager.update(OrganisationEntity, id, changes);
      if (regionCodes) {
        await manager.delete(OrganisationRegionEntity, { organisationId: id });
        await manager.insert(
          OrganisationRegionEntity,
          regionCodes.map((regionCode) => ({ organisationId: id, regionCode })),
        );
        if (!Object.keys(changes).length)
          await manager.update(OrganisationEntity, id, { updatedAt: new Date() });
      }
    });
    return this.get(viewer, id);
  }

  /** Refused while active accounts belong to it: they would lose their organisation. */
  async archive(viewer: Viewer, id: string): Promise<OrganisationEntity> {
    const organisation = await this.get(viewer, id);
    if (organisation.archivedAt) return organisation;
    await this.dataSource.transaction(async (manager) => {
      const activeUsers = await manager.countBy(UserEntity, {
        organisationId: id,
        archivedAt: IsNull(),
      });
      if (activeUsers > 0) throw OrganisationErrors.hasActiveUsers(activeUsers);
      await manager.update(OrganisationEntity, id, { archivedAt: new Date() });
    });
    return this.get(viewer, id);
  }

  private async assertRegionsExist(codes: string[], field: string): Promise<void> {
    const found = await this.regions.find({ where: { code: In(codes) }, select: { code: true } });
    const unknown = codes.filter((code) => !found.some((region) => region.code === code));
    if (unknown.length) throw OrganisationErrors.unknownRegions(field, unknown);
  }

  private async regionsServedByActiveUsers(
    organisationId: string,
    regionCodes: string[],
  ): Promise<string[]> {
    if (regionCodes.length === 0) return [];
    const rows: { region_code: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ur.region_code FROM user_region ur JOIN app_user u ON u.id = ur.user_id
        WHERE u.organisation_id = $1 AND u.archived_at IS NULL AND ur.region_code = ANY($2) ORDER BY ur.region_code`,
      [organisationId, regionCodes],
    );
    return rows.map((row) => row.region_code);
  }

  private async withRegions(ids: string[]): Promise<OrganisationEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.organisations.find({
      where: { id: In(ids) },
      relations: { regions: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  }
}
