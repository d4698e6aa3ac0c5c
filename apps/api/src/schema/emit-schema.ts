import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findRepoRoot } from '../config/app-config.js';
import { appResolvers } from './resolver-operations.js';

/** Writes src/schema.gql from the code-first resolvers, without a database. */
async function emitSchema(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: ['error'] });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(appResolvers());
  const file = join(findRepoRoot(), 'apps/api/src/schema.gql');
  await writeFile(file, `${printSchema(lexicographicSortSchema(schema))}\n`);
  await app.close();
}

emitSchema().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
