import type { MigrationInterface } from 'typeorm';
import { CreateSchema1795389583993 } from './1795389583993-CreateSchema.js';
import { AddJobCarvingStatusHistory1795390256193 } from './1795390256193-AddJobCarvingStatusHistory.js';
import { AddAssignmentProposal1795392686818 } from './1795392686818-AddAssignmentProposal.js';
import { AddResultsTargetsAndHistory1795393610142 } from './1795393610142-AddResultsTargetsAndHistory.js';

// Migrations in order. Never edit one after it has landed; add a new one.
export const MIGRATIONS: (new () => MigrationInterface)[] = [CreateSchema1795389583993, AddJobCarvingStatusHistory1795390256193, AddAssignmentProposal1795392686818, AddResultsTargetsAndHistory1795393610142];
