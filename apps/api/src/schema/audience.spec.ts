import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { ROLES } from '@werkbrug/domain-rules';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import type { Audience } from '../common/auth/audience.decorator.js';
import { appResolvers, rootOperations } from './resolver-operations.js';

/** 'public', or the roles in the domain's order: 'ACCOUNT_MANAGER, ADMIN'. */
function describeAudience(audience: Audience | undefined): string {
  if (!audience) return 'NONE';
  if (audience.kind === 'public') return 'public';
  return ROLES.filter((role) => audience.roles.includes(role)).join(', ');
}

const fieldsOf = (type: GraphQLObjectType | null | undefined): string[] =>
  type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [];

describe(rootOperations.name, () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    // Built from the resolvers the same way src/schema/emit-schema.ts does: no database needed.
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: ['error'] });
    await app.init();
    schema = await app.get(GraphQLSchemaFactory).create(appResolvers());
    await app.close();
  }, 60_000);

  it('finds a declared audience on every query and mutation', () => {
    const offenders = rootOperations()
      .filter((operation) => !operation.audience)
      .map(
        (operation) =>
          `${operation.resolver}.${operation.method} (${operation.type}.${operation.field})`,
      );
    expect(offenders).toEqual([]);
  });

  it('covers exactly the root fields of the built schema', () => {
    const operations = rootOperations()
      .map((operation) => `${operation.type}.${operation.field}`)
      .sort();
    const schemaFields = [
      ...fieldsOf(schema.getQueryType()),
      ...fieldsOf(schema.getMutationType()),
      ...fieldsOf(schema.getSubscriptionType()),
    ].sort();
    expect(operations).toHaveLength(schemaFields.length);
    expect(operations).toEqual(schemaFields);
  });

  it('matches the reviewed permission table (update the snapshot with the change that alters it)', () => {
    const table = Object.fromEntries(
      rootOperations().map((operation) => [
        `${operation.type}.${operation.field}`,
        describeAudience(operation.audience),
      ]),
    );
    expect(table).toMatchSnapshot();
  });
});
