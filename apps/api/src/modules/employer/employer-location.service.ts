import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parsePostcode } from '@werkbrug/domain-rules';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';
import { assertNotCleared } from '../../common/validation/validators.js';
import { PostcodeAreaEntity } from '../region/region.entity.js';
import { canReadEmployer } from './employer-access.js';
import {
  EmployerContactEntity,
  EmployerEntity,
  EmployerLocationEntity,
} from './employer.entity.js';
import { EmployerErrors } from './employer.exception.js';
import type {
  EmployerContactInput,
  EmployerLocationInput,
  UpdateEmployerContactInput,
  UpdateEmployerLocationInput,
} from './dto/employer.input.js';

/**
 * An employer's locations and contacts. The employer's own users may keep these up to date,
 * as may the WSP staff of its region.
 */
@Injectable()
export class EmployerLocationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async addLocation(
    viewer: Viewer,
    employerId: string,
    input: EmployerLocationInput,
  ): Promise<string> {
    await this.editableEmployer(viewer, employerId);
    await this.insertLocation(this.dataSource.manager, employerId, input, 'input.postcode');
    return employerId;
  }

  async updateLocation(
    viewer: Viewer,
    id: string,
    input: UpdateEmployerLocationInput,
  ): Promise<string> {
    assertNotCleared(input, ['name', 'postcode', 'city']);
    const location = await this.dataSource.getRepository(EmployerLocationEntity).findOneBy({ id });
    if (!location) throw EmployerErrors.locationNotFound();
    await this.editableEmployer(viewer, location.employerId);
    const postcode =
      input.postcode === undefined
        ? {}
        : await this.postcodeColumns(this.dataSource.manager, input.postcode, 'input.postcode');
    await this.dataSource.getRepository(EmployerLocationEntity).update(id, {
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(input.street !== undefined && { street: input.street?.trim() || null }),
      ...(input.city !== undefined && { city: input.city.trim() }),
      ...postcode,
    });
    return location.employerId;
  }

  async archiveLocation(viewer: Viewer, id: string): Promise<string> {
    const location = await this.dataSource.getRepository(EmployerLocationEntity).findOneBy({ id });
    if (!location) throw EmployerErrors.locationNotFound();
    await this.editableEmployer(viewer, location.employerId);
    if (!location.archivedAt)
      await this.dataSource
        .getRepository(EmployerLocationEntity)
        .update(id, { archivedAt: new Date() });
    return location.employerId;
  }

  async addContact(
    viewer: Viewer,
    employerId: string,
    input: EmployerContactInput,
  ): Promise<string> {
    await this.editableEmployer(viewer, employerId);
    await this.insertContact(this.dataSource.manager, employerId, input);
    return employerId;
  }

  async updateContact(
    viewer: Viewer,
    id: string,
    input: UpdateEmployerContactInput,
  ): Promise<string> {
    assertNotCleared(input, ['name']);
    const contact = await this.dataSource.getRepository(EmployerContactEntity).findOneBy({ id });
    if (!contact) throw EmployerErrors.contactNotFound();
    await this.editableEmployer(viewer, contact.employerId);
    await this.dataSource.getRepository(EmployerContactEntity).update(id, {
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(input.jobTitle !== undefined && { jobTitle: input.jobTitle?.trim() || null }),
      ...(input.email !== undefined && { email: input.email?.trim().toLowerCase() || null }),
      ...(input.phone !== undefined && { phone: input.phone?.trim() || null }),
    });
    return contact.employerId;
  }

  async archiveContact(viewer: Viewer, id: string): Promise<string> {
    const contact = await this.dataSource.getRepository(EmployerContactEntity).findOneBy({ id });
    if (!contact) throw EmployerErrors.contactNotFound();
    await this.editableEmployer(viewer, contact.employerId);
    if (!contact.archivedAt)
      await this.dataSource
        .getRepository(EmployerContactEntity)
        .update(id, { archivedAt: new Date() });
    return contact.employerId;
  }

  async insertLocation(
    manager: EntityManager,
    employerId: string,
    input: EmployerLocationInput,
    field: string,
  ): Promise<void> {
    await manager.getRepository(EmployerLocationEntity).insert({
      employerId,
      name: input.name.trim(),
      street: input.street?.trim() || null,
      city: input.city.trim(),
      ...(await this.postcodeColumns(manager, input.postcode, field)),
    });
  }

  async insertContact(
    manager: EntityManager,
    employerId: string,
    input: EmployerContactInput,
  ): Promise<void> {
    await manager.getRepository(EmployerContactEntity).insert({
      employerId,
      name: input.name.trim(),
      jobTitle: input.jobTitle?.trim() || null,
      email: input.email?.trim().toLowerCase() || null,
      phone: input.phone?.trim() || null,
    });
  }

  /** '1211 ab' → { postcode: '1211AB', pc4: '1211' }, checked against the known PC4 areas. */
  private async postcodeColumns(manager: EntityManager, value: string, field: string) {
    const parsed = parsePostcode(value);
    if (!parsed || !parsed.letters) throw EmployerErrors.unknownPostcode(field);
    if (!(await manager.getRepository(PostcodeAreaEntity).existsBy({ pc4: parsed.pc4 }))) {
      throw EmployerErrors.unknownPostcode(field);
    }
    return { postcode: `${parsed.pc4}${parsed.letters}`, pc4: parsed.pc4 };
  }

  private async editableEmployer(viewer: Viewer, employerId: string): Promise<EmployerEntity> {
    const employer = await this.dataSource
      .getRepository(EmployerEntity)
      .findOneBy({ id: employerId });
    if (!employer) throw EmployerErrors.notFound();
    if (!canReadEmployer(viewer, employer)) throw forbidden();
    if (employer.archivedAt) throw EmployerErrors.archived();
    return employer;
  }
}
