import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { CompetenceGroup, WorkSector } from '@werkbrug/domain-rules';
import { Brackets, DataSource, IsNull, Repository, type EntityManager } from 'typeorm';
import { paginate, type Connection } from '../../common/graphql/pagination.js';
import { escapeLike } from '../region/region.service.js';
import { CompetenceEntity, CompetenceTaxonomyEntity } from './competence.entity.js';
import { CompetenceErrors } from './competence.exception.js';
import { sectorProblem } from './competence-rules.js';
import type { CompetencesArgs } from './dto/competence.args.js';
import type { CreateCompetenceInput, UpdateCompetenceInput } from './dto/competence.input.js';

export interface TaxonomySummary {
  taxonomy: CompetenceTaxonomyEntity;
  competenceCount: number;
}

/**
 * The competence taxonomy: reference data every role reads, edited by ADMINs only. Each edit runs
 * in one transaction that locks the current taxonomy row and bumps its revision, so edits are
 * serialised and the taxonomy's revision tells clients when their cached copy is stale.
 */
@Injectable()
export class CompetenceService {
  constructor(
    @InjectRepository(CompetenceEntity) private readonly competences: Repository<CompetenceEntity>,
    @InjectRepository(CompetenceTaxonomyEntity)
    private readonly taxonomies: Repository<CompetenceTaxonomyEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async taxonomy(): Promise<TaxonomySummary> {
    const taxonomy = await this.taxonomies.findOneBy({ current: true });
    if (!taxonomy) throw CompetenceErrors.taxonomyNotFound();
    return { taxonomy, competenceCount: await this.competences.countBy({ archivedAt: IsNull() }) };
  }

  list(args: CompetencesArgs): Promise<Connection<CompetenceEntity>> {
    const query = this.competences.createQueryBuilder('competence');
    if (!args.includeArchived) query.andWhere('competence.archivedAt IS NULL');
    if (args.group) query.andWhere('competence.group = :group', { group: args.group });
    if (args.sector) query.andWhere('competence.sector = :sector', { sector: args.sector });
    const search = args.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      query.andWhere(
        new Brackets((where) =>
          where
            .where('competence.label ILIKE :pattern', { pattern })
            .orWhere('competence.code ILIKE :pattern', { pattern }),
        ),
      );
    }
    return paginate(query, args, { column: 'label', key: (c) => c.label, idColumn: 'code' });
  }

  /** Archived competences are found too: profiles and vacancies still show them. */
  async get(code: string): Promise<CompetenceEntity> {
    const competence = await this.competences.findOneBy({ code });
    if (!competence) throw CompetenceErrors.notFound();
    return competence;
  }

  async create(input: CreateCompetenceInput): Promise<CompetenceEntity> {
    const sector = input.sector ?? null;
    this.assertSector(input.group, sector);
    await this.dataSource.transaction(async (manager) => {
      const taxonomy = await this.lockTaxonomy(manager);
      if (await manager.existsBy(CompetenceEntity, { code: input.code }))
        throw CompetenceErrors.codeTaken();
      await manager.insert(CompetenceEntity, {
        code: input.code,
        group: input.group,
        sector,
        label: input.label,
        description: input.description,
        levelDescriptions: input.levelDescriptions,
        trainable: input.trainable,
        taxonomyVersion: taxonomy.version,
      });
      await this.bumpTaxonomy(manager, taxonomy);
    });
    return this.get(input.code);
  }

  async update(
    code: string,
    input: UpdateCompetenceInput,
    expectedRevision: number,
  ): Promise<CompetenceEntity> {
    await this.dataSource.transaction(async (manager) => {
      const taxonomy = await this.lockTaxonomy(manager);
      const competence = await manager.findOneBy(CompetenceEntity, { code });
      if (!competence) throw CompetenceErrors.notFound();
      if (competence.revision !== expectedRevision) throw CompetenceErrors.staleRevision();
      if (competence.archivedAt) throw CompetenceErrors.archived();
      const group = input.group ?? competence.group;
      const sector =
        input.sector !== undefined
          ? input.sector
          : group === 'VOCATIONAL'
            ? competence.sector
            : null;
      this.assertSector(group, sector);
      const result = await manager
        .createQueryBuilder()
        .update(CompetenceEntity)
        .set({
          group,
          sector,
          ...(input.label != null && { label: input.label }),
          ...(input.description != null && { description: input.description }),
          ...(input.levelDescriptions != null && { levelDescriptions: input.levelDescriptions }),
          ...(input.trainable != null && { trainable: input.trainable }),
          taxonomyVersion: taxonomy.version,
          revision: () => 'revision + 1',
        })
        .where('code = :code AND revision = :expectedRevision', { code, expectedRevision })
        .execute();
      if (result.affected !== 1) throw CompetenceErrors.staleRevision();
      await this.bumpTaxonomy(manager, taxonomy);
    });
    return this.get(code);
  }

  /** Hides the competence from pickers; profiles and vacancies that use it keep it. */
  async archive(code: string): Promise<CompetenceEntity> {
    await this.dataSource.transaction(async (manager) => {
      const taxonomy = await this.lockTaxonomy(manager);
      const competence = await manager.findOneBy(CompetenceEntity, { code });
      if (!competence) throw CompetenceErrors.notFound();
      if (competence.archivedAt) return;
      await manager
        .createQueryBuilder()
        .update(CompetenceEntity)
        .set({ archivedAt: () => 'now()', revision: () => 'revision + 1' })
        .where('code = :code', { code })
        .execute();
      await this.bumpTaxonomy(manager, taxonomy);
    });
    return this.get(code);
  }

  private assertSector(group: CompetenceGroup, sector: WorkSector | null): void {
    const problem = sectorProblem(group, sector);
    if (problem) throw CompetenceErrors.sector('input.sector', problem);
  }

  /** The current taxonomy, locked until the transaction ends: ADMIN edits queue up behind each other. */
  private async lockTaxonomy(manager: EntityManager): Promise<CompetenceTaxonomyEntity> {
    const taxonomy = await manager.findOne(CompetenceTaxonomyEntity, {
      where: { current: true },
      lock: { mode: 'pessimistic_write' },
    });
    if (!taxonomy) throw CompetenceErrors.taxonomyNotFound();
    return taxonomy;
  }

  private async bumpTaxonomy(
    manager: EntityManager,
    taxonomy: CompetenceTaxonomyEntity,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(CompetenceTaxonomyEntity)
      .set({ revision: () => 'revision + 1' })
      .where('version = :version', { version: taxonomy.version })
      .execute();
  }
}
