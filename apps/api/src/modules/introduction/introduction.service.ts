import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { checkVacancyKindEligibility } from '@werkbrug/domain-rules';
import { Brackets, DataSource, In, Repository, type EntityManager } from 'typeorm';
import { regionScope } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { paginate, type Connection } from '../../common/graphql/pagination.js';
import { VacancyEntity } from '../vacancy/vacancy.entity.js';
import {
  assertCanReachPipelineRecord,
  assertCanStartPipelineRecord,
} from './introduction-access.js';
import { revealsIdentity } from './introduction-status.js';
import { IntroductionTransitions } from './introduction-transitions.js';
import { IntroductionEntity, IntroductionStatusChangeEntity } from './introduction.entity.js';
import { IntroductionErrors } from './introduction.exception.js';
import type { EmployerIntroductionView, IntroductionView } from './introduction.mapper.js';
import { PipelineJobSeekers, type JobSeekerFacts } from './pipeline-job-seekers.js';
import type {
  ChangeIntroductionStatusArgs,
  EmployerIntroductionsArgs,
  IntroductionsArgs,
} from './dto/introduction.args.js';
import type { ProposeIntroductionInput } from './dto/introduction.input.js';

const RELATIONS = {
  vacancy: { employer: true },
  createdBy: true,
  history: { changedBy: true },
} as const;

@Injectable()
export class IntroductionService {
  constructor(
    @InjectRepository(IntroductionEntity)
    private readonly introductions: Repository<IntroductionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobSeekers: PipelineJobSeekers,
    private readonly transitions: IntroductionTransitions,
  ) {}

  /** Staff: the introductions of their regions, through the employer's or the job-seeker's side. */
  async list(viewer: Viewer, args: IntroductionsArgs): Promise<Connection<IntroductionView>> {
    const query = this.filtered(args)
      .innerJoin('introduction.jobSeeker', 'jobSeeker')
      .innerJoin('jobSeeker.municipality', 'municipality');
    const scope = regionScope(viewer);
    if (scope) {
      const regions = scope.length ? scope : [''];
      query.andWhere(
        new Brackets((where) =>
          where
            .where('employer.regionCode IN (:...regions)', { regions })
            .orWhere('municipality.regionCode IN (:...regions)', { regions }),
        ),
      );
    }
    if (args.jobSeekerId)
      query.andWhere('introduction.jobSeekerId = :jobSeekerId', { jobSeekerId: args.jobSeekerId });
    if (args.regionCode)
      query.andWhere('employer.regionCode = :regionCode', { regionCode: args.regionCode });
    const page = await paginate(query, args, {
      column: 'createdAt',
      key: (e) => e.createdAt.toISOString(),
    });
    return {
      ...page,
      nodes: await this.staffViews(viewer, await this.withRelations(page.nodes.map((e) => e.id))),
    };
  }

  /** Employer users: the introductions on their own employer's vacancies. */
  async listForEmployer(
    viewer: Viewer,
    args: EmployerIntroductionsArgs,
  ): Promise<Connection<EmployerIntroductionView>> {
    const query = this.filtered(args).andWhere('vacancy.employerId = :own', {
      own: viewer.employerId,
    });
    const page = await paginate(query, args, {
      column: 'createdAt',
      key: (e) => e.createdAt.toISOString(),
    });
    return {
      ...page,
      nodes: await this.employerViews(
        viewer,
        await this.withRelations(page.nodes.map((e) => e.id)),
      ),
    };
  }

  async get(viewer: Viewer, id: string): Promise<IntroductionView> {
    const introduction = await this.introductions.findOne({ where: { id }, relations: RELATIONS });
    if (!introduction) throw IntroductionErrors.notFound();
    const [view] = await this.staffViews(viewer, [introduction]);
    return view!;
  }

  async propose(viewer: Viewer, input: ProposeIntroductionInput): Promise<IntroductionView> {
    const vacancy = await this.dataSource
      .getRepository(VacancyEntity)
      .findOne({ where: { id: input.vacancyId }, relations: { employer: true } });
    if (!vacancy) throw IntroductionErrors.vacancyNotFound();
    const jobSeeker = await this.jobSeekers.factsOf(input.jobSeekerId);
    if (!jobSeeker) throw IntroductionErrors.jobSeekerNotFound();
    assertCanStartPipelineRecord(viewer, {
      employerRegionCode: vacancy.employer.regionCode,
      jobSeekerRegionCode: jobSeeker.regionCode,
    });
    if (vacancy.status !== 'OPEN' || vacancy.archivedAt) throw IntroductionErrors.vacancyNotOpen();
    if (jobSeeker.archived) throw IntroductionErrors.jobSeekerArchived();
    if (jobSeeker.consentStatus === 'WITHDRAWN') throw IntroductionErrors.consentWithdrawn();
    const eligibility = checkVacancyKindEligibility(vacancy.kind, jobSeeker);
    if (!eligibility.eligible) throw IntroductionErrors.ineligible(eligibility.reason.message);
    if (await this.introductions.existsBy({ vacancyId: vacancy.id, jobSeekerId: jobSeeker.id }))
      throw IntroductionErrors.duplicate();

    const id = await this.dataSource.transaction(async (manager) => {
      // Millisecond timestamps keep the createdAt cursor of the list exact.
      const now = new Date();
      const { identifiers } = await manager.getRepository(IntroductionEntity).insert({
        vacancyId: vacancy.id,
        jobSeekerId: jobSeeker.id,
        status: 'PROPOSED',
        matchScore: input.matchScore ?? null,
        createdById: viewer.userId,
        createdAt: now,
      });
      const introductionId = identifiers[0]!.id as string;
      await manager.getRepository(IntroductionStatusChangeEntity).insert({
        introductionId,
        fromStatus: null,
        toStatus: 'PROPOSED',
        changedById: viewer.userId,
        note: input.note?.trim() || null,
        changedAt: now,
      });
      return introductionId;
    });
    return this.get(viewer, id);
  }

  /** Whether the job-seeker already has an introduction (in any status) for the vacancy. */
  isInPipeline(vacancyId: string, jobSeekerId: string): Promise<boolean> {
    return this.introductions.existsBy({ vacancyId, jobSeekerId });
  }

  /** One step in the life cycle, with its history row, in one transaction. Returns the introduction's id. */
  async changeStatus(
    viewer: Viewer,
    { id, status, note, endReason, consent }: ChangeIntroductionStatusArgs,
  ): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      const introduction = await this.lockForChange(manager, viewer, id);
      await this.transitions.apply(manager, viewer, introduction, status, note, {
        endReason,
        consent,
      });
    });
    return id;
  }

  async getForEmployer(viewer: Viewer, id: string): Promise<EmployerIntroductionView> {
    const introduction = await this.introductions.findOne({ where: { id }, relations: RELATIONS });
    if (!introduction) throw IntroductionErrors.notFound();
    const [view] = await this.employerViews(viewer, [introduction]);
    return view!;
  }

  private filtered(args: EmployerIntroductionsArgs) {
    const query = this.introductions
      .createQueryBuilder('introduction')
      .innerJoin('introduction.vacancy', 'vacancy')
      .innerJoin('vacancy.employer', 'employer');
    if (args.vacancyId)
      query.andWhere('introduction.vacancyId = :vacancyId', { vacancyId: args.vacancyId });
    if (args.status) query.andWhere('introduction.status = :status', { status: args.status });
    return query;
  }

  /** The introduction row locked against a concurrent step, after checking the viewer reaches it. */
  private async lockForChange(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<IntroductionEntity> {
    const introduction = await manager
      .getRepository(IntroductionEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!introduction) throw IntroductionErrors.notFound();
    const vacancy = await manager
      .getRepository(VacancyEntity)
      .findOneOrFail({ where: { id: introduction.vacancyId }, relations: { employer: true } });
    const jobSeeker = await this.jobSeekers.factsOf(introduction.jobSeekerId, manager);
    assertCanReachPipelineRecord(viewer, {
      employerId: vacancy.employerId,
      employerRegionCode: vacancy.employer.regionCode,
      jobSeekerRegionCode: jobSeeker?.regionCode ?? '',
    });
    return introduction;
  }

  private async staffViews(
    viewer: Viewer,
    introductions: IntroductionEntity[],
  ): Promise<IntroductionView[]> {
    const facts = await this.factsFor(viewer, introductions);
    const names = await this.jobSeekers.names(viewer, [...facts.keys()], 'introductions');
    return introductions.map((introduction) => ({
      introduction,
      jobSeeker: facts.get(introduction.jobSeekerId)!,
      name: names.get(introduction.jobSeekerId) ?? null,
    }));
  }

  private async employerViews(
    viewer: Viewer,
    introductions: IntroductionEntity[],
  ): Promise<EmployerIntroductionView[]> {
    const facts = await this.factsFor(viewer, introductions);
    const revealed = introductions
      .filter((introduction) => revealsIdentity(introduction.status))
      .map((introduction) => introduction.id);
    const contacts = await this.jobSeekers.introducedContacts(
      viewer,
      revealed,
      'introduction.employer',
    );
    return introductions.map((introduction) => ({
      introduction,
      jobSeeker: facts.get(introduction.jobSeekerId)!,
      contact: contacts.get(introduction.id) ?? null,
    }));
  }

  /** The facts of each introduction's job-seeker, after checking the viewer reaches every introduction. */
  private async factsFor(
    viewer: Viewer,
    introductions: IntroductionEntity[],
  ): Promise<Map<string, JobSeekerFacts>> {
    const facts = await this.jobSeekers.facts(
      introductions.map((introduction) => introduction.jobSeekerId),
    );
    for (const introduction of introductions) {
      assertCanReachPipelineRecord(viewer, {
        employerId: introduction.vacancy.employerId,
        employerRegionCode: introduction.vacancy.employer.regionCode,
        jobSeekerRegionCode: facts.get(introduction.jobSeekerId)?.regionCode ?? '',
      });
    }
    return facts;
  }

  private async withRelations(ids: string[]): Promise<IntroductionEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.introductions.find({ where: { id: In(ids) }, relations: RELATIONS });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  }
}
