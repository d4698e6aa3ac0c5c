import type { MigrationInterface } from 'typeorm';
import { CreateSchema1795389583993 } from './1795389583993-CreateSchema.js';

// Migrations in order. Never edit one after it has landed; add a new one.
export const MIGRATIONS: (new () => MigrationInterface)[] = [CreateSchema1795389583993];
