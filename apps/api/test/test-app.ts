import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Role } from '@werkbrug/domain-rules';
import cookieParser from 'cookie-parser';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { loadConfig, type AppConfig } from '../src/config/app-config.js';
import { createDataSource } from '../src/database/data-source.js';
import { syncReferenceData } from '../src/database/seed/reference-data.seed.js';
import { hashPassword } from '../src/modules/auth/password.js';
import {
  OrganisationEntity,
  OrganisationRegionEntity,
} from '../src/modules/organisation/organisation.entity.js';
import { UserEntity, UserRegionEntity } from '../src/modules/user/user.entity.js';

export const TEST_PASSWORD = 'Test-wachtwoord-1';
let passwordHash: Promise<string> | undefined;

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; fields?: { field: string; message: string }[] };
  }[];
}

/** A client with its own cookie jar, talking HTTP to the test app like a portal does. */
export class GraphQLClient {
  private cookie: string | undefined;

  constructor(private readonly url: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Data of a request that must succeed; fails the test with the errors otherwise. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed JSON
  async data<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** The error code of a request that must fail. */
  async errorCode(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<string | undefined> {
    const result = await this.request(query, variables);
    return result.errors?.[0]?.extensions?.code;
  }
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  url: string;
  anonymous(): GraphQLClient;
  loginAs(user: { email: string }, portal?: 'EMPLOYER' | 'WSP'): Promise<GraphQLClient>;
  close(): Promise<void>;
}

let migrated: Promise<void> | undefined;

/** Once per test file (and a no-op after the first): migrations and reference data. */
function migrateTestDatabase(url: string, config: AppConfig): Promise<void> {
  migrated ??= (async () => {
    const dataSource = createDataSource(url, config.db);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await syncReferenceData(dataSource);
    } finally {
      await dataSource.destroy();
    }
  })();
  return migrated;
}

/** The app on the test database; `env` overrides configuration (e.g. NODE_ENV=production). */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = process.env.WERKBRUG_TEST_DATABASE_URL;
  if (!databaseUrl)
    throw new Error(
      'WERKBRUG_TEST_DATABASE_URL is not set: run through the integration Jest project',
    );
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    SEED_DEMO_DATA: 'false',
    ...env,
    DATABASE_URL: databaseUrl,
  });
  await migrateTestDatabase(databaseUrl, config);
  const app = await NestFactory.create(AppModule.forRoot(config, databaseUrl), {
    logger: ['error'],
  });
  app.use(cookieParser());
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    app,
    dataSource: app.get(DataSource),
    url,
    anonymous: () => new GraphQLClient(url),
    async loginAs(user, portal) {
      const client = new GraphQLClient(url);
      const found = await app
        .get(DataSource)
        .getRepository(UserEntity)
        .findOneByOrFail({ email: user.email });
      await client.data('mutation Login($input: LoginInput!) { login(input: $input) { id } }', {
        input: {
          email: user.email,
          password: TEST_PASSWORD,
          portal: portal ?? (found.role === 'EMPLOYER_USER' ? 'EMPLOYER' : 'WSP'),
        },
      });
      return client;
    },
    close: () => app.close(),
  };
}

/** A fresh unique suffix for names, e-mails and numbers in one test. */
export const unique = () => randomUUID().slice(0, 8);

export async function createOrganisation(
  dataSource: DataSource,
  options: { regionCodes?: string[]; kind?: OrganisationEntity['kind']; name?: string } = {},
): Promise<OrganisationEntity> {
  const organisation = await dataSource.getRepository(OrganisationEntity).save({
    name: options.name ?? `Testorganisatie ${unique()}`,
    kind: options.kind ?? 'WSP',
  });
  const regionCodes = options.regionCodes ?? ['AM12'];
  await dataSource
    .getRepository(OrganisationRegionEntity)
    .insert(regionCodes.map((regionCode) => ({ organisationId: organisation.id, regionCode })));
  return organisation;
}

/** A user with TEST_PASSWORD; staff get a fresh organisation unless one is given. */
export async function createUser(
  dataSource: DataSource,
  options: {
    role: Role;
    regionCodes?: string[];
    employerId?: string;
    organisationId?: string;
    isDemo?: boolean;
  },
): Promise<UserEntity> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const regionCodes = options.regionCodes ?? ['AM12'];
  const isEmployerUser = options.role === 'EMPLOYER_USER';
  if (isEmployerUser && !options.employerId)
    throw new Error('an EMPLOYER_USER needs an employerId');
  const organisationId = isEmployerUser
    ? null
    : (options.organisationId ?? (await createOrganisation(dataSource, { regionCodes })).id);
  const user = await dataSource.getRepository(UserEntity).save({
    email: `${options.role.toLowerCase()}.${unique()}@test.werkbrug.nl`,
    displayName: `Test ${options.role}`,
    passwordHash: await passwordHash,
    role: options.role,
    isDemo: options.isDemo ?? false,
    organisationId,
    employerId: isEmployerUser ? options.employerId! : null,
  });
  await dataSource
    .getRepository(UserRegionEntity)
    .insert(regionCodes.map((regionCode) => ({ userId: user.id, regionCode })));
  return user;
}
