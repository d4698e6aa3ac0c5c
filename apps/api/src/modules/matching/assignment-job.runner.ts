import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import {
  AssignmentProposalEntity,
  type StoredAssignmentResult,
} from './assignment-proposal.entity.js';
import { AssignmentRunStopped, runAssignment } from './assignment-run.js';
import { MatchingIndexService } from './matching-index.service.js';

/** Progress is written at most this often (ms); the computation itself never waits for a client. */
const PROGRESS_INTERVAL_MS = 250;

const INTERRUPTED = 'Onderbroken doordat de server opnieuw is gestart. Start het voorstel opnieuw.';
const FAILED = 'Het voorstel kon niet worden berekend. Probeer het later opnieuw.';

/**
 * Runs assignment proposal jobs in this process, off the request that started them, and writes
 * their status, progress and result to the job's row. A job still unfinished at start-up was cut off
 * by a restart: it is marked FAILED, which also frees its region for a new one.
 */
@Injectable()
export class AssignmentJobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AssignmentJobRunner.name);
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  constructor(
    @InjectRepository(AssignmentProposalEntity)
    private readonly proposals: Repository<AssignmentProposalEntity>,
    private readonly indexService: MatchingIndexService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { affected } = await this.proposals.update(
      { finishedAt: IsNull() },
      { status: 'FAILED', finishedAt: new Date(), error: INTERRUPTED },
    );
    if (affected)
      this.logger.warn(
        `${affected} unfinished assignment proposal(s) marked FAILED after a restart`,
      );
  }

  /** Stops running jobs between chunks; their rows stay unfinished until the next start-up. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.running]);
  }

  /** Starts the job on a later turn of the event loop and returns at once. */
  start(job: Pick<AssignmentProposalEntity, 'id' | 'regionCode' | 'includeOtherRegions'>): void {
    const run = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.run(job));
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  private async run(
    job: Pick<AssignmentProposalEntity, 'id' | 'regionCode' | 'includeOtherRegions'>,
  ): Promise<void> {
    if (this.closing) return;
    try {
      await this.proposals.update(job.id, {
        status: 'RUNNING',
        startedAt: new Date(),
        progress: 0,
      });
      const index = await this.indexService.fresh();
      let lastWrite = Date.now();
      const proposal = await runAssignment(index, {
        regionCode: job.regionCode,
        includeOtherRegions: job.includeOtherRegions,
        shouldStop: () => this.closing,
        onProgress: async (fraction) => {
          if (Date.now() - lastWrite < PROGRESS_INTERVAL_MS) return;
          lastWrite = Date.now();
          await this.proposals.update(job.id, {
            progress: Math.min(0.999, Math.round(fraction * 1000) / 1000),
          });
        },
      });
      const result: StoredAssignmentResult = {
        pairs: proposal.pairs.map((pair) => ({
          vacancyId: pair.vacancyId,
          jobSeekerId: pair.seekerId,
          score: pair.score,
          explanation: pair.explanation,
        })),
        totalScore: proposal.totalScore,
        greedyTotalScore: proposal.greedyTotalScore,
        gain: proposal.gain,
        places: proposal.places,
        placesFilled: proposal.placesFilled,
        vacancies: proposal.vacancies,
        candidates: proposal.candidates,
        candidateEdges: proposal.candidateEdges,
        topK: proposal.topK,
      };
      await this.proposals.update(job.id, {
        status: 'DONE',
        progress: 1,
        finishedAt: new Date(),
        result,
      });
      this.logger.log(
        `assignment proposal ${job.id} for ${job.regionCode}: ${proposal.placesFilled} of ${proposal.places} places`,
      );
    } catch (error) {
      if (error instanceof AssignmentRunStopped) return;
      this.logger.error(
        `assignment proposal ${job.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      await this.proposals
        .update(job.id, { status: 'FAILED', finishedAt: new Date(), error: FAILED })
        .catch((writeError: unknown) =>
          this.logger.error(`could not mark ${job.id} FAILED: ${String(writeError)}`),
        );
    }
  }
}
