import { CreateSchema1795389583993 } from './1795389583993-CreateSchema.js';

// Migrations in order. Never edit one after it has landed; add a new one.
export const MIGRATIONS: Function[] = [CreateSchema1795389583993];
