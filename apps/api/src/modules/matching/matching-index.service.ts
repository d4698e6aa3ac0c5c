import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import {
  MatchingError,
  MatchingIndex,
  resolveMatchingConfig,
  type MatchingConfig,
} from '@werkbrug/matching';
import type { Subscription } from 'rxjs';
import { DomainEvents, type DomainEvent } from '../../common/events/domain-events.js';
import { JobSeekerRepository, type MatchingProfile } from '../job-seeker/job-seeker.repository.js';
import { CompetenceCatalogue } from './competence-catalogue.js';
import { MatchingData, type ActivePlacement } from './matching-data.js';
import { toSeekerInput, toVacancyInput, type MatchingVacancyRow } from './matching-input.js';

/** What the matching module keeps about an indexed job-seeker beside the engine's input. */
export interface IndexedSeeker {
  candidateNumber: number;
  regionCode: string;
  /** Consent GRANTED: the anonymised profile may be shown to employers. */
  consentGranted: boolean;
  doelgroepregister: boolean;
}

const placementKey = (placement: ActivePlacement) =>
  `${placement.jobSeekerId}:${placement.vacancyId ?? ''}`;

/**
 * Owns the engine's index of every matchable job-seeker (not archived, not at work) and every OPEN
 * vacancy of the active regions. Built from the database at start-up; kept fresh by the domain
 * events the job-seeker and vacancy services publish (the changed records are re-read and upserted
 * or removed), and by comparing the running placements before each use (placements are not
 * published, and they also end by the calendar). All changes and every catch-up run one at a time.
 */
@Injectable()
export class MatchingIndexService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MatchingIndexService.name);
  readonly config: MatchingConfig;
  private readonly index: MatchingIndex;
  private readonly seekers = new Map<string, IndexedSeeker>();
  private readonly dirtySeekers = new Set<string>();
  private readonly dirtyVacancies = new Set<string>();
  private placements = new Set<string>();
  private placedSeekers = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private catchUpScheduled = false;
  private subscription: Subscription | null = null;
  private closing = false;

  constructor(
    private readonly jobSeekers: JobSeekerRepository,
    private readonly data: MatchingData,
    private readonly catalogue: CompetenceCatalogue,
    private readonly events: DomainEvents,
  ) {
    this.config = resolveMatchingConfig({ isTrainable: (code) => catalogue.isTrainable(code) });
    this.index = new MatchingIndex(this.config);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = this.events.events$.subscribe((event) => this.markChanged(event));
    await this.serialised(() => this.build());
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.subscription?.unsubscribe();
    await this.queue;
  }

  /** The index with every change committed before this call applied. */
  async fresh(): Promise<MatchingIndex> {
    await this.serialised(() => this.catchUp(true));
    return this.index;
  }

  /** The index as it is now, without catching up: for work that already called fresh(). */
  current(): MatchingIndex {
    return this.index;
  }

  seeker(id: string): IndexedSeeker | undefined {
    return this.seekers.get(id);
  }

  /** Indexed job-seekers by their anonymous candidate number; numbers not in the index are absent. */
  seekerIdsByCandidateNumber(candidateNumbers: readonly number[]): Map<number, string> {
    const wanted = new Set(candidateNumbers);
    const found = new Map<number, string>();
    for (const [id, seeker] of this.seekers)
      if (wanted.has(seeker.candidateNumber)) found.set(seeker.candidateNumber, id);
    return found;
  }

  /** Whether the job-seeker has a running placement (and so is left out of the index). */
  isPlaced(id: string): boolean {
    return this.placedSeekers.has(id);
  }

  private markChanged(event: DomainEvent): void {
    (event.type === 'jobSeeker.changed' ? this.dirtySeekers : this.dirtyVacancies).add(event.id);
    if (this.catchUpScheduled || this.closing) return;
    this.catchUpScheduled = true;
    setImmediate(() => {
      this.catchUpScheduled = false;
      // A failure is logged by serialised(); the ids stay dirty for the next catch-up.
      if (!this.closing) this.serialised(() => this.catchUp(false)).catch(() => undefined);
    });
  }

  /** Runs `work` after everything queued before it; a failure is logged and reported to this caller only. */
  private serialised(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work);
    this.queue = run.catch((error: unknown) => {
      this.logger.error(
        `index update failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    return run;
  }

  private async build(): Promise<void> {
    const started = performance.now();
    await this.catalogue.load();
    const [placements, profiles, vacancies] = await Promise.all([
      this.data.activePlacements(),
      this.jobSeekers.readMatchingProfiles(),
      this.data.readVacancies(),
    ]);
    this.setPlacements(placements);
    await this.catalogue.ensureKnown(codesOf(profiles, vacancies));
    for (const profile of profiles) this.applySeeker(profile.id, profile);
    for (const vacancy of vacancies) this.applyVacancy(vacancy.id, vacancy);
    const ms = Math.round(performance.now() - started);
    this.logger.log(
      `matching index built in ${ms} ms: ${this.index.seekerCount} job-seekers, ${this.index.vacancyCount} open vacancies, ` +
        `${this.placedSeekers.size} at work left out`,
    );
  }

  /** Re-reads what changed: the published records and, when asked, whatever running placements changed. */
  private async catchUp(checkPlacements: boolean): Promise<void> {
    if (checkPlacements) {
      const placements = await this.data.activePlacements();
      const keys = new Set(placements.map(placementKey));
      const changed = [...symmetricDifference(this.placements, keys)];
      if (changed.length > 0) {
        for (const key of changed) {
          const [seekerId, vacancyId] = key.split(':') as [string, string];
          this.dirtySeekers.add(seekerId);
          if (vacancyId) this.dirtyVacancies.add(vacancyId);
        }
        this.setPlacements(placements);
      }
    }
    while (this.dirtySeekers.size > 0 || this.dirtyVacancies.size > 0) {
      const seekerIds = [...this.dirtySeekers];
      const vacancyIds = [...this.dirtyVacancies];
      this.dirtySeekers.clear();
      this.dirtyVacancies.clear();
      let profiles: MatchingProfile[];
      let vacancies: MatchingVacancyRow[];
      try {
        [profiles, vacancies] = await Promise.all([
          this.jobSeekers.readMatchingProfiles(seekerIds),
          this.data.readVacancies(vacancyIds),
        ]);
        await this.catalogue.ensureKnown(codesOf(profiles, vacancies));
      } catch (error) {
        for (const id of seekerIds) this.dirtySeekers.add(id);
        for (const id of vacancyIds) this.dirtyVacancies.add(id);
        throw error;
      }
      const profileById = new Map(profiles.map((profile) => [profile.id, profile]));
      for (const id of seekerIds) this.applySeeker(id, profileById.get(id));
      const vacancyById = new Map(vacancies.map((vacancy) => [vacancy.id, vacancy]));
      for (const id of vacancyIds) this.applyVacancy(id, vacancyById.get(id));
    }
  }

  /** Upserts a matchable profile; removes an absent (archived, out of region) or placed one. */
  private applySeeker(id: string, profile: MatchingProfile | undefined): void {
    if (!profile || this.placedSeekers.has(id)) {
      this.index.removeSeeker(id);
      this.seekers.delete(id);
      return;
    }
    if (!this.accepted(() => this.index.upsertSeeker(toSeekerInput(profile, this.config)), id)) {
      this.index.removeSeeker(id);
      this.seekers.delete(id);
      return;
    }
    this.seekers.set(id, {
      candidateNumber: profile.candidateNumber,
      regionCode: profile.regionCode,
      consentGranted: profile.consentStatus === 'GRANTED',
      doelgroepregister: profile.doelgroepregister,
    });
  }

  private applyVacancy(id: string, vacancy: MatchingVacancyRow | undefined): void {
    if (!vacancy || !this.accepted(() => this.index.upsertVacancy(toVacancyInput(vacancy)), id))
      this.index.removeVacancy(id);
  }

  /** The engine refuses malformed input (MatchingError); one bad record must not stop the rest. */
  private accepted(upsert: () => void, id: string): boolean {
    try {
      upsert();
      return true;
    } catch (error) {
      if (!(error instanceof MatchingError)) throw error;
      this.logger.warn(`left ${id} out of the matching index: ${error.message}`);
      return false;
    }
  }

  private setPlacements(placements: ActivePlacement[]): void {
    this.placements = new Set(placements.map(placementKey));
    this.placedSeekers = new Set(placements.map((placement) => placement.jobSeekerId));
  }
}

function* codesOf(profiles: MatchingProfile[], vacancies: MatchingVacancyRow[]): Generator<string> {
  for (const profile of profiles)
    for (const competence of profile.competences) yield competence.code;
  for (const vacancy of vacancies)
    for (const competence of vacancy.competences) yield competence.code;
}

function* symmetricDifference<T>(a: Set<T>, b: Set<T>): Generator<T> {
  for (const value of a) if (!b.has(value)) yield value;
  for (const value of b) if (!a.has(value)) yield value;
}
