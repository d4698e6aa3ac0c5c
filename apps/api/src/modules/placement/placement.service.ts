import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  instrumentsOfArrangement,
  isDerivedInstrument,
  validatePlacementTerms,
  type IsoDate,
  type PlacementEndReason,
  type PlacementTermsInput,
} from '@werkbrug/domain-rules';
import { Brackets, DataSource, In, Repository, type EntityManager } from 'typeorm';
import { regionScope } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { paginate, type Connection } from '../../common/graphql/pagination.js';
import { AftercareSchedule } from '../aftercare/aftercare-schedule.js';
import { EmployerEntity } from '../employer/employer.entity.js';
import {
  assertCanReachPipelineRecord,
  assertCanStartPipelineRecord,
} from '../introduction/introduction-access.js';
import { IntroductionTransitions } from '../introduction/introduction-transitions.js';
import { IntroductionEntity } from '../introduction/introduction.entity.js';
import {
  PipelineJobSeekers,
  type JobSeekerFacts,
  type PersonName,
} from '../introduction/pipeline-job-seekers.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { VacancyEntity } from '../vacancy/vacancy.entity.js';
import { PlacementEntity } from './placement.entity.js';
import { PlacementErrors } from './placement.exception.js';
import type { PlacementView } from './placement.mapper.js';
import type { PlacementsArgs } from './dto/placement.args.js';
import type { CreatePlacementInput, UpdatePlacementInput } from './dto/placement.input.js';

const RELATIONS = { employer: true, vacancy: true } as const;

type Terms = Pick<PlacementEntity, 'jobSeekerId' | 'employerId' | 'startDate' | 'endDate'>;

/** The terms with legal rules (packages/domain-rules, placement-terms.ts), as stored. */
type WorkTerms = Pick<
  PlacementEntity,
  | 'contractType'
  | 'arrangement'
  | 'arrangementExtended'
  | 'instruments'
  | 'hourlyWage'
  | 'loonwaardePercentage'
  | 'jobcoachHours'
  | 'jobcoachHoursUnit'
>;

export interface PlacementEnding {
  endDate: IsoDate;
  reason: PlacementEndReason;
  note?: string | null;
}

@Injectable()
export class PlacementService {
  constructor(
    @InjectRepository(PlacementEntity) private readonly placements: Repository<PlacementEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobSeekers: PipelineJobSeekers,
    private readonly transitions: IntroductionTransitions,
    private readonly aftercare: AftercareSchedule,
  ) {}

  /** Staff: placements of their regions (the employer's or the job-seeker's); employer users: their own. */
  async list(viewer: Viewer, args: PlacementsArgs): Promise<Connection<PlacementView>> {
    const query = this.placements
      .createQueryBuilder('placement')
      .innerJoin('placement.employer', 'employer');
    if (viewer.role === 'EMPLOYER_USER') {
      query.andWhere('placement.employerId = :own', { own: viewer.employerId });
    } else {
      const scope = regionScope(viewer);
      if (scope) {
        const regions = scope.length ? scope : [''];
        query
          .innerJoin('placement.jobSeeker', 'jobSeeker')
          .innerJoin('jobSeeker.municipality', 'municipality')
          .andWhere(
            new Brackets((where) =>
              where
                .where('employer.regionCode IN (:...regions)', { regions })
                .orWhere('municipality.regionCode IN (:...regions)', { regions }),
            ),
          );
      }
    }
    if (!args.includeArchived) query.andWhere('placement.archivedAt IS NULL');
    if (args.regionCode)
      query.andWhere('employer.regionCode = :regionCode', { regionCode: args.regionCode });
    if (args.employerId)
      query.andWhere('placement.employerId = :employerId', { employerId: args.employerId });
    if (args.jobSeekerId)
      query.andWhere('placement.jobSeekerId = :jobSeekerId', { jobSeekerId: args.jobSeekerId });
    if (args.active === true)
      query.andWhere('(placement.endDate IS NULL OR placement.endDate >= :today)', {
        today: todayInNetherlands(),
      });
    if (args.active === false)
      query.andWhere('placement.endDate < :today', { today: todayInNetherlands() });
    if (args.startedFrom)
      query.andWhere('placement.startDate >= :startedFrom', { startedFrom: args.startedFrom });
    if (args.startedTo)
      query.andWhere('placement.startDate <= :startedTo', { startedTo: args.startedTo });
    const page = await paginate(query, args, { column: 'startDate', key: (e) => e.startDate });
    return {
      ...page,
      nodes: await this.views(viewer, await this.withRelations(page.nodes.map((e) => e.id))),
    };
  }

  async get(viewer: Viewer, id: string): Promise<PlacementView> {
    const placement = await this.placements.findOne({ where: { id }, relations: RELATIONS });
    if (!placement) throw PlacementErrors.notFound();
    const [view] = await this.views(viewer, [placement]);
    return view!;
  }

  async create(viewer: Viewer, input: CreatePlacementInput): Promise<PlacementView> {
    const terms: Terms = {
      jobSeekerId: input.jobSeekerId,
      employerId: input.employerId,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
    };
    assertDateOrder(terms, 'input.endDate');
    const work: WorkTerms = {
      contractType: input.contractType,
      arrangement: input.arrangement,
      arrangementExtended: input.arrangementExtended,
      instruments: input.instruments,
      hourlyWage: input.hourlyWage ?? null,
      loonwaardePercentage: input.loonwaardePercentage ?? null,
      jobcoachHours: input.jobcoachHours ?? null,
      jobcoachHoursUnit: input.jobcoachHoursUnit ?? null,
    };
    assertWorkTerms(terms, work, 'input');
    work.instruments = instrumentsOfArrangement(work.arrangement, work.instruments);
    const employer = await this.dataSource
      .getRepository(EmployerEntity)
      .findOneBy({ id: input.employerId });
    if (!employer) throw PlacementErrors.employerNotFound();
    const jobSeeker = await this.jobSeekers.factsOf(input.jobSeekerId);
    if (!jobSeeker) throw PlacementErrors.jobSeekerNotFound();
    assertCanStartPipelineRecord(viewer, {
      employerRegionCode: employer.regionCode,
      jobSeekerRegionCode: jobSeeker.regionCode,
    });
    if (employer.archivedAt) throw PlacementErrors.employerArchived();
    if (jobSeeker.archived) throw PlacementErrors.jobSeekerArchived();
    const vacancyId = await this.checkOrigin(input);

    const id = await this.dataSource.transaction(async (manager) => {
      await this.assertNoOverlap(manager, terms, null);
      if (input.introductionId) await this.markPlaced(manager, viewer, input.introductionId);
      const { identifiers } = await manager.getRepository(PlacementEntity).insert({
        ...terms,
        ...work,
        vacancyId,
        introductionId: input.introductionId ?? null,
        hoursPerWeek: input.hoursPerWeek,
      });
      const placementId = identifiers[0]!.id as string;
      await this.aftercare.create(manager, {
        id: placementId,
        startDate: terms.startDate,
        endDate: terms.endDate,
      });
      return placementId;
    });
    return this.get(viewer, id);
  }

  async update(viewer: Viewer, id: string, input: UpdatePlacementInput): Promise<PlacementView> {
    return this.changeTerms(viewer, id, input, {
      dateField: input.endDate ? 'input.endDate' : 'input.startDate',
      prefix: 'input',
    });
  }

  /** Sets the last working day and why; open check-ins after it are cancelled. */
  async end(viewer: Viewer, id: string, ending: PlacementEnding): Promise<PlacementView> {
    const note = ending.note ? ending.note : null;
    if (ending.reason === 'OTHER' && !note) throw PlacementErrors.endNoteRequired();
    return this.changeTerms(
      viewer,
      id,
      { endDate: ending.endDate },
      { dateField: 'endDate', prefix: null, ending: { reason: ending.reason, note } },
    );
  }

  async archive(viewer: Viewer, id: string): Promise<PlacementView> {
    const { placement } = await this.get(viewer, id);
    if (!placement.archivedAt) await this.placements.update(id, { archivedAt: new Date() });
    return this.get(viewer, id);
  }

  /** New terms are checked like new placements: dates in order, no overlap at the employer. */
  private async changeTerms(
    viewer: Viewer,
    id: string,
    input: UpdatePlacementInput,
    options: {
      dateField: string;
      prefix: string | null;
      ending?: { reason: PlacementEndReason; note: string | null };
    },
  ): Promise<PlacementView> {
    const { dateField, prefix, ending } = options;
    const placement = await this.editable(viewer, id);
    const terms: Terms = {
      jobSeekerId: placement.jobSeekerId,
      employerId: placement.employerId,
      startDate: input.startDate ?? placement.startDate,
      endDate: input.endDate === undefined ? placement.endDate : input.endDate,
    };
    assertDateOrder(terms, dateField);
    const work: WorkTerms = {
      contractType: input.contractType ?? placement.contractType,
      arrangement: input.arrangement ?? placement.arrangement,
      arrangementExtended: input.arrangementExtended ?? placement.arrangementExtended,
      // Without new instruments the chosen ones stay; the arrangement's own is derived again below.
      instruments:
        input.instruments ??
        placement.instruments.filter((instrument) => !isDerivedInstrument(instrument)),
      hourlyWage: input.hourlyWage === undefined ? placement.hourlyWage : input.hourlyWage,
      loonwaardePercentage:
        input.loonwaardePercentage === undefined
          ? placement.loonwaardePercentage
          : input.loonwaardePercentage,
      jobcoachHours:
        input.jobcoachHours === undefined ? placement.jobcoachHours : input.jobcoachHours,
      jobcoachHoursUnit:
        input.jobcoachHoursUnit === undefined
          ? placement.jobcoachHoursUnit
          : input.jobcoachHoursUnit,
    };
    // Records from before these rules may lack a wage or loonwaarde: an update must not add a
    // violation, and must fix any field it touches, but need not repair fields it leaves alone.
    const stored = termViolations({ ...placement, endDate: placement.endDate }, placement).map(
      (violation) => violation.field,
    );
    const tolerated = new Set(
      stored.filter((field) => input[field as keyof UpdatePlacementInput] === undefined),
    );
    assertWorkTerms(terms, work, prefix, tolerated);
    work.instruments = instrumentsOfArrangement(work.arrangement, work.instruments);
    // The reason goes with the end date: set by endPlacement, gone when the end date is cleared.
    const endReason = ending
      ? { endReason: ending.reason, endNote: ending.note }
      : terms.endDate === null
        ? { endReason: null, endNote: null }
        : {};
    await this.dataSource.transaction(async (manager) => {
      await this.assertNoOverlap(manager, terms, id);
      await manager.getRepository(PlacementEntity).update(id, {
        startDate: terms.startDate,
        endDate: terms.endDate,
        ...work,
        ...(input.hoursPerWeek !== undefined && { hoursPerWeek: input.hoursPerWeek }),
        ...endReason,
      });
      await this.aftercare.reschedule(manager, {
        id,
        startDate: terms.startDate,
        endDate: terms.endDate,
      });
    });
    return this.get(viewer, id);
  }

  private async editable(viewer: Viewer, id: string): Promise<PlacementEntity> {
    const { placement } = await this.get(viewer, id);
    if (placement.archivedAt) throw PlacementErrors.archived();
    return placement;
  }

  /**
   * The vacancy and introduction a new placement came from must be the employer's and the
   * job-seeker's. Returns the vacancy id to store (the introduction's when none is given).
   */
  private async checkOrigin(input: CreatePlacementInput): Promise<string | null> {
    let vacancyId = input.vacancyId ?? null;
    if (input.introductionId) {
      const introduction = await this.dataSource
        .getRepository(IntroductionEntity)
        .findOneBy({ id: input.introductionId });
      if (!introduction) throw PlacementErrors.introductionNotFound();
      if (
        introduction.jobSeekerId !== input.jobSeekerId ||
        (vacancyId !== null && vacancyId !== introduction.vacancyId)
      ) {
        throw PlacementErrors.introductionMismatch();
      }
      vacancyId = introduction.vacancyId;
    }
    if (vacancyId === null) return null;
    const vacancy = await this.dataSource.getRepository(VacancyEntity).findOneBy({ id: vacancyId });
    if (!vacancy) throw PlacementErrors.vacancyNotFound();
    if (vacancy.employerId !== input.employerId) {
      throw input.vacancyId
        ? PlacementErrors.vacancyOfOtherEmployer()
        : PlacementErrors.introductionMismatch();
    }
    return vacancyId;
  }

  /** The introduction goes to PLACED with the placement, unless it is there already. */
  private async markPlaced(
    manager: EntityManager,
    viewer: Viewer,
    introductionId: string,
  ): Promise<void> {
    const introduction = await manager
      .getRepository(IntroductionEntity)
      .findOneOrFail({ where: { id: introductionId }, lock: { mode: 'pessimistic_write' } });
    if (introduction.status !== 'PLACED') {
      await this.transitions.apply(
        manager,
        viewer,
        introduction,
        'PLACED',
        'Plaatsing vastgelegd.',
      );
    }
  }

  /**
   * A job-seeker may hold several jobs at once, but not two overlapping placements at the same
   * employer: that would count the same job twice. Serialised per job-seeker so that two requests
   * cannot both pass the check.
   */
  private async assertNoOverlap(
    manager: EntityManager,
    terms: Terms,
    exceptId: string | null,
  ): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `placement:${terms.jobSeekerId}`,
    ]);
    const query = manager
      .getRepository(PlacementEntity)
      .createQueryBuilder('placement')
      .where('placement.jobSeekerId = :jobSeekerId', { jobSeekerId: terms.jobSeekerId })
      .andWhere('placement.employerId = :employerId', { employerId: terms.employerId })
      .andWhere('placement.archivedAt IS NULL')
      .andWhere('(placement.endDate IS NULL OR placement.endDate >= :startDate)', {
        startDate: terms.startDate,
      });
    if (terms.endDate)
      query.andWhere('placement.startDate <= :endDate', { endDate: terms.endDate });
    if (exceptId) query.andWhere('placement.id <> :exceptId', { exceptId });
    if (await query.getExists()) throw PlacementErrors.overlapping();
  }

  private async views(viewer: Viewer, placements: PlacementEntity[]): Promise<PlacementView[]> {
    const facts = await this.jobSeekers.facts(placements.map((placement) => placement.jobSeekerId));
    for (const placement of placements) {
      assertCanReachPipelineRecord(viewer, {
        employerId: placement.employerId,
        employerRegionCode: placement.employer.regionCode,
        jobSeekerRegionCode: facts.get(placement.jobSeekerId)?.regionCode ?? '',
      });
    }
    const isEmployer = viewer.role === 'EMPLOYER_USER';
    const names = isEmployer
      ? await this.introducedNames(viewer, placements)
      : await this.staffNames(viewer, placements);
    const checkIns = await this.aftercare.forPlacements(
      placements.map((placement) => placement.id),
    );
    return placements.map((placement) => ({
      placement,
      jobSeeker: facts.get(placement.jobSeekerId) as JobSeekerFacts,
      name: names.get(placement.id) ?? null,
      forStaff: !isEmployer,
      checkIns: checkIns.get(placement.id) ?? [],
    }));
  }

  /** Names by placement id. */
  private async staffNames(
    viewer: Viewer,
    placements: PlacementEntity[],
  ): Promise<Map<string, PersonName>> {
    const names = await this.jobSeekers.names(
      viewer,
      placements.map((placement) => placement.jobSeekerId),
      'placements',
    );
    return new Map(
      placements.flatMap((placement) => {
        const name = names.get(placement.jobSeekerId);
        return name ? [[placement.id, name] as const] : [];
      }),
    );
  }

  /** Names by placement id: an employer learns who works for it only when the placement came from an introduction made to it. */
  private async introducedNames(
    viewer: Viewer,
    placements: PlacementEntity[],
  ): Promise<Map<string, PersonName>> {
    const fromIntroductions = placements.filter((placement) => placement.introductionId !== null);
    const contacts = await this.jobSeekers.introducedContacts(
      viewer,
      fromIntroductions.map((placement) => placement.introductionId!),
      'placement.employer',
    );
    return new Map(
      fromIntroductions.flatMap((placement) => {
        const contact = contacts.get(placement.introductionId!);
        return contact
          ? [[placement.id, { firstName: contact.firstName, lastName: contact.lastName }] as const]
          : [];
      }),
    );
  }

  private async withRelations(ids: string[]): Promise<PlacementEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.placements.find({ where: { id: In(ids) }, relations: RELATIONS });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  }
}

function termViolations(
  terms: Pick<Terms, 'startDate' | 'endDate'>,
  work: WorkTerms,
): { field: string; message: string }[] {
  const input: PlacementTermsInput = {
    ...work,
    startDate: terms.startDate,
    endDate: terms.endDate,
    extended: work.arrangementExtended,
  };
  return validatePlacementTerms(input).map(({ field, message }) => ({
    field: field === 'extended' ? 'arrangementExtended' : field,
    message,
  }));
}

/**
 * The legal rules of the terms; `prefix` is the argument the fields sit in (null: top-level
 * arguments); violations on `tolerated` fields are let through.
 */
function assertWorkTerms(
  terms: Terms,
  work: WorkTerms,
  prefix: string | null,
  tolerated: ReadonlySet<string> = new Set(),
): void {
  const violations = termViolations(terms, work).filter(
    (violation) => !tolerated.has(violation.field),
  );
  if (violations.length > 0) throw PlacementErrors.terms(violations, prefix);
}

function assertDateOrder(
  terms: { startDate: IsoDate; endDate: IsoDate | null },
  field: string,
): void {
  if (terms.endDate !== null && terms.endDate < terms.startDate)
    throw PlacementErrors.endBeforeStart(field);
}
