import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { rootOperations } from '../src/schema/resolver-operations.js';
import { createTestApp, createUser, type GraphQLClient, type TestApp } from './test-app.js';

/**
 * A literal GraphQL accepts for the type, so the operation reaches the resolver's guard; for the
 * resolvers' own validation it is mostly wrong ("x" as an id, empty lists, zeros), which shows
 * that the login check comes before input validation.
 */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return '[]';
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return `{ ${required.map((field) => `${field.name}: ${literal(field.type)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return '0';
    case 'Boolean':
      return 'false';
    case 'DateTime':
      return '"2020-01-01T00:00:00.000Z"';
    default:
      return '"x"';
  }
}

/** `{ field(requiredArg: literal) { __typename } }`: only required arguments, the smallest selection. */
function minimalOperation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): string {
  const required = field.args.filter(
    (arg) => isNonNullType(arg.type) && arg.defaultValue === undefined,
  );
  const args = required.length
    ? `(${required.map((arg) => `${arg.name}: ${literal(arg.type)}`).join(', ')})`
    : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} { ${field.name}${args}${selection} }`;
}

const COUNTED_TABLES = [
  'app_user',
  'organisation',
  'competence',
  'competence_taxonomy',
  'employer',
  'user_session',
];

describe('default deny', () => {
  let t: TestApp;
  let anonymous: GraphQLClient;

  beforeAll(async () => {
    t = await createTestApp();
    anonymous = t.anonymous();
  }, 60_000);
  afterAll(() => t.close());

  const publicFields = () =>
    new Set(
      rootOperations()
        .filter((o) => o.audience?.kind === 'public')
        .map((o) => `${o.type}.${o.field}`),
    );

  const protectedOperations = () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const roots: [kind: 'query' | 'mutation', type: GraphQLObjectType | null | undefined][] = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ];
    const isPublic = publicFields();
    return roots.flatMap(([kind, type]) =>
      Object.values(type?.getFields() ?? {})
        .filter((field) => !isPublic.has(`${type!.name}.${field.name}`))
        .map((field) => ({
          name: `${type!.name}.${field.name}`,
          operation: minimalOperation(kind, field),
        })),
    );
  };

  const tableCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        COUNTED_TABLES.map(async (table) => [
          table,
          (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n,
        ]),
      ),
    );

  it('answers UNAUTHENTICATED to an anonymous caller on every non-public operation, before validating input', async () => {
    const operations = protectedOperations();
    expect(operations.length).toBeGreaterThan(10);
    const codes: Record<string, string | undefined> = {};
    for (const { name, operation } of operations)
      codes[name] = await anonymous.errorCode(operation);
    expect(codes).toEqual(
      Object.fromEntries(operations.map(({ name }) => [name, 'UNAUTHENTICATED'])),
    );
  }, 60_000);

  it.each([
    'Query.competence',
    'Query.organisation',
    'Query.user',
    'Mutation.createCompetence',
    'Mutation.createOrganisation',
    'Mutation.createUser',
  ])('sends %s arguments that fail validation once logged in', async (name) => {
    const admin = await t.loginAs(await createUser(t.dataSource, { role: 'ADMIN' }));
    const call = protectedOperations().find((operation) => operation.name === name);
    expect(await admin.errorCode(call!.operation)).toBe('BAD_USER_INPUT');
  });

  it('writes nothing for those anonymous calls', async () => {
    const before = await tableCounts();
    for (const { operation } of protectedOperations().filter((o) =>
      o.name.startsWith('Mutation.'),
    )) {
      await anonymous.request(operation);
    }
    expect(await tableCounts()).toEqual(before);
  }, 60_000);

  it('keeps the public operations to the session ones', () => {
    expect([...publicFields()].sort()).toEqual([
      'Mutation.login',
      'Mutation.logout',
      'Query.viewer',
    ]);
  });
});
