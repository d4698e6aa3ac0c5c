import type { MigrationInterface } from 'typeorm';
import { CreateSchema1795389583993 } from './1795389583993-CreateSchema.js';
import { AddJobCarvingStatusHistory1795390256193 } from './1795390256193-AddJobCarvingStatusHistory.js';

// Migrations in order. Never edit one after it has landed; add a new one.
export const MIGRATIONS: (new () => MigrationInterface)[] = [CreateSchema1795389583993, AddJobCarvingStatusHistory1795390256193];
