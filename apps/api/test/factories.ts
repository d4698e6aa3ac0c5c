import type { DataSource } from 'typeorm';
import { EmployerEntity, EmployerLocationEntity } from '../src/modules/employer/employer.entity.js';
import { unique } from './test-app.js';

let kvkCounter = 10_000_000 + Math.floor(Math.random() * 80_000_000);

/** A fresh, unused 8-digit KvK number. */
export const freshKvk = () => String(kvkCounter++ % 90_000_000 + 10_000_000);

/** An employer with one location in Hilversum (1211). */
export async function createEmployer(
  dataSource: DataSource,
  options: { regionCode?: string; accountManagerId?: string | null; name?: string } = {},
): Promise<EmployerEntity & { location: EmployerLocationEntity }> {
  const employer = await dataSource.getRepository(EmployerEntity).save({
    name: options.name ?? `Testwerkgever ${unique()}`,
    kvkNumber: freshKvk(),
    sector: 'MARKT',
    sbiCode: null,
    regionCode: options.regionCode ?? 'AM12',
    accountManagerId: options.accountManagerId ?? null,
  });
  const location = await dataSource.getRepository(EmployerLocationEntity).save({
    employerId: employer.id,
    name: 'Hoofdvestiging',
    street: 'Teststraat 1',
    postcode: '1211AB',
    pc4: '1211',
    city: 'Hilversum',
  });
  return Object.assign(employer, { location });
}
