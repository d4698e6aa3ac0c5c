import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { VacancyStatus } from '@werkbrug/domain-rules';
import { DataSource, In, IsNull, Repository, type EntityManager } from 'typeorm';
import { regionScope } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { FieldError } from '../../common/errors/domain-error.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { paginate, type Connection } from '../../common/graphql/pagination.js';
import { CompetenceEntity } from '../competence/competence.entity.js';
import { EmployerEntity, EmployerLocationEntity } from '../employer/employer.entity.js';
import { escapeLike } from '../region/region.service.js';
import { assertCanManageVacancies, assertCanReadVacancies } from './vacancy-access.js';
import { validateVacancyTerms, type VacancyTerms } from './vacancy-rules.js';
import {
  canChangeVacancyStatus,
  mayRoleSetVacancyStatus,
  vacancyStatusChangeMessage,
} from './vacancy-status.js';
import { VacancyCompetenceEntity, VacancyEntity } from './vacancy.entity.js';
import { VacancyErrors } from './vacancy.exception.js';
import type { VacanciesArgs } from './dto/vacancy.args.js';
import type {
  CreateVacancyInput,
  UpdateVacancyInput,
  VacancyCompetenceInput,
} from './dto/vacancy.input.js';

const RELATIONS = {
  employer: true,
  location: { postcodeArea: true },
  competences: { competence: true },
} as const;

@Injectable()
export class VacancyService {
  constructor(
    @InjectRepository(VacancyEntity) private readonly vacancies: Repository<VacancyEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  async list(viewer: Viewer, args: VacanciesArgs): Promise<Connection<VacancyEntity>> {
    const query = this.vacancies
      .createQueryBuilder('vacancy')
      .innerJoin('vacancy.employer', 'employer');
    if (viewer.role === 'EMPLOYER_USER') {
      query.andWhere('vacancy.employerId = :own', { own: viewer.employerId });
    } else {
      const scope = regionScope(viewer);
      if (scope)
        query.andWhere('employer.regionCode IN (:...scope)', {
          scope: scope.length ? scope : [''],
        });
    }
    if (!args.includeArchived) query.andWhere('vacancy.archivedAt IS NULL');
    if (args.employerId)
      query.andWhere('vacancy.employerId = :employerId', { employerId: args.employerId });
    if (args.regionCode)
      query.andWhere('employer.regionCode = :regionCode', { regionCode: args.regionCode });
    if (args.kind) query.andWhere('vacancy.kind = :kind', { kind: args.kind });
    if (args.status) query.andWhere('vacancy.status = :status', { status: args.status });
    if (args.sector) query.andWhere('vacancy.sector = :sector', { sector: args.sector });
    if (args.createdSince)
      query.andWhere('vacancy.createdAt >= :createdSince', { createdSince: args.createdSince });
    if (args.competenceCode) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM vacancy_competence asked WHERE asked.vacancy_id = vacancy.id AND asked.competence_code = :code)',
        { code: args.competenceCode },
      );
    }
    if (args.search)
      query.andWhere('vacancy.title ILIKE :title', {
        title: `%${escapeLike(args.search.trim())}%`,
      });
    const page = await paginate(query, args, { column: 'title', key: (v) => v.title });
    return { ...page, nodes: await this.withRelations(page.nodes.map((v) => v.id)) };
  }

  async get(viewer: Viewer, id: string): Promise<VacancyEntity> {
    const vacancy = await this.vacancies.findOne({ where: { id }, relations: RELATIONS });
    if (!vacancy) throw VacancyErrors.notFound();
    assertCanReadVacancies(viewer, vacancy.employer);
    return vacancy;
  }

  async create(viewer: Viewer, input: CreateVacancyInput): Promise<VacancyEntity> {
    const id = await this.dataSource.transaction((manager) =>
      this.createWithin(manager, viewer, input),
    );
    this.events.vacancyChanged(id);
    return this.get(viewer, id);
  }

  /** Creates a vacancy inside the caller's transaction (job carving links it in the same one). */
  async createWithin(
    manager: EntityManager,
    viewer: Viewer,
    input: CreateVacancyInput,
  ): Promise<string> {
    const employer = await manager
      .getRepository(EmployerEntity)
      .findOneBy({ id: input.employerId });
    if (!employer) throw VacancyErrors.employerNotFound();
    assertCanManageVacancies(viewer, employer);
    if (employer.archivedAt) throw VacancyErrors.employerArchived();
    const terms: VacancyTerms = {
      kind: input.kind,
      contractType: input.contractType,
      hoursMin: input.hoursMin,
      hoursMax: input.hoursMax,
      wageMinCents: input.wageMinCents ?? null,
      wageMaxCents: input.wageMaxCents ?? null,
      startsOn: input.startsOn ?? null,
      closesOn: input.closesOn ?? null,
    };
    await this.assertValid([
      this.locationErrors(manager, employer.id, input.locationId, 'input.locationId'),
      validateVacancyTerms(terms),
      this.competenceErrors(manager, input.competences, 'input.competences'),
    ]);
    const vacancy = await manager.getRepository(VacancyEntity).save({
      ...terms,
      employerId: employer.id,
      locationId: input.locationId,
      title: input.title.trim(),
      description: input.description.trim(),
      sector: input.sector ?? null,
      openings: input.openings,
    });
    await this.insertCompetences(manager, vacancy.id, input.competences);
    return vacancy.id;
  }

  async update(viewer: Viewer, id: string, input: UpdateVacancyInput): Promise<VacancyEntity> {
    const vacancy = await this.editable(viewer, id);
    const terms: VacancyTerms = {
      kind: input.kind ?? vacancy.kind,
      contractType: input.contractType ?? vacancy.contractType,
      hoursMin: input.hoursMin ?? vacancy.hoursMin,
      hoursMax: input.hoursMax ?? vacancy.hoursMax,
      wageMinCents: input.wageMinCents === undefined ? vacancy.wageMinCents : input.wageMinCents,
      wageMaxCents: input.wageMaxCents === undefined ? vacancy.wageMaxCents : input.wageMaxCents,
      startsOn: input.startsOn === undefined ? vacancy.startsOn : input.startsOn,
      closesOn: input.closesOn === undefined ? vacancy.closesOn : input.closesOn,
    };
    const manager = this.dataSource.manager;
    await this.assertValid([
      input.locationId
        ? this.locationErrors(manager, vacancy.employerId, input.locationId, 'input.locationId')
        : [],
      validateVacancyTerms(terms),
    ]);
    await this.vacancies.update(id, {
      ...terms,
      ...(input.locationId !== undefined && { locationId: input.locationId }),
      ...(input.title !== undefined && { title: input.title.trim() }),
      ...(input.description !== undefined && { description: input.description.trim() }),
      ...(input.sector !== undefined && { sector: input.sector }),
      ...(input.openings !== undefined && { openings: input.openings }),
    });
    this.events.vacancyChanged(id);
    return this.get(viewer, id);
  }

  async setCompetences(
    viewer: Viewer,
    id: string,
    competences: VacancyCompetenceInput[],
  ): Promise<VacancyEntity> {
    await this.editable(viewer, id);
    await this.assertValid([
      this.competenceErrors(this.dataSource.manager, competences, 'competences'),
    ]);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(VacancyCompetenceEntity).delete({ vacancyId: id });
      await this.insertCompetences(manager, id, competences);
    });
    this.events.vacancyChanged(id);
    return this.get(viewer, id);
  }

  async changeStatus(viewer: Viewer, id: string, status: VacancyStatus): Promise<VacancyEntity> {
    const vacancy = await this.editable(viewer, id);
    if (!mayRoleSetVacancyStatus(viewer.role, status)) throw VacancyErrors.fillingIsForTheWsp();
    if (!canChangeVacancyStatus(vacancy.status, status)) {
      throw VacancyErrors.invalidStatusChange(vacancyStatusChangeMessage(vacancy.status, status));
    }
    // Only from the status we checked, so two concurrent changes cannot both pass.
    const result = await this.vacancies.update({ id, status: vacancy.status }, { status });
    if (!result.affected)
      throw VacancyErrors.invalidStatusChange(
        'De status van deze vacature is zojuist gewijzigd. Probeer het opnieuw.',
      );
    this.events.vacancyChanged(id);
    return this.get(viewer, id);
  }

  async archive(viewer: Viewer, id: string): Promise<VacancyEntity> {
    const vacancy = await this.get(viewer, id);
    assertCanManageVacancies(viewer, vacancy.employer);
    if (!vacancy.archivedAt) await this.vacancies.update(id, { archivedAt: new Date() });
    this.events.vacancyChanged(id);
    return this.get(viewer, id);
  }

  private async editable(viewer: Viewer, id: string): Promise<VacancyEntity> {
    const vacancy = await this.get(viewer, id);
    assertCanManageVacancies(viewer, vacancy.employer);
    if (vacancy.archivedAt) throw VacancyErrors.archived();
    return vacancy;
  }

  /** Collects every field error first, so the user sees them all at once; nothing is written. */
  private async assertValid(checks: (FieldError[] | Promise<FieldError[]>)[]): Promise<void> {
    const errors = (await Promise.all(checks)).flat();
    if (errors.length) throw VacancyErrors.invalidInput(errors);
  }

  private async locationErrors(
    manager: EntityManager,
    employerId: string,
    locationId: string,
    field: string,
  ): Promise<FieldError[]> {
    const location = await manager
      .getRepository(EmployerLocationEntity)
      .findOneBy({ id: locationId });
    const usable =
      location !== null && location.employerId === employerId && location.archivedAt === null;
    return usable ? [] : [{ field, message: VacancyErrors.locationMessage }];
  }

  private async competenceErrors(
    manager: EntityManager,
    competences: VacancyCompetenceInput[],
    prefix: string,
  ): Promise<FieldError[]> {
    const codes = [...new Set(competences.map((c) => c.competenceCode))];
    const known = new Set(
      codes.length === 0
        ? []
        : (
            await manager
              .getRepository(CompetenceEntity)
              .find({ select: { code: true }, where: { code: In(codes), archivedAt: IsNull() } })
          ).map((c) => c.code),
    );
    const seen = new Set<string>();
    return competences.flatMap((competence, index) => {
      const field = `${prefix}.${index}.competenceCode`;
      if (seen.has(competence.competenceCode))
        return [{ field, message: VacancyErrors.duplicateCompetenceMessage }];
      seen.add(competence.competenceCode);
      return known.has(competence.competenceCode)
        ? []
        : [{ field, message: VacancyErrors.unknownCompetenceMessage }];
    });
  }

  private async insertCompetences(
    manager: EntityManager,
    vacancyId: string,
    competences: VacancyCompetenceInput[],
  ): Promise<void> {
    if (competences.length === 0) return;
    await manager.getRepository(VacancyCompetenceEntity).insert(
      competences.map((c) => ({
        vacancyId,
        competenceCode: c.competenceCode,
        minLevel: c.minLevel,
        weight: c.weight,
        requirement: c.requirement,
      })),
    );
  }

  private async withRelations(ids: string[]): Promise<VacancyEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.vacancies.find({ where: { id: In(ids) }, relations: RELATIONS });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  }
}
