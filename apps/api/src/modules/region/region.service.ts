import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { toPc4 } from '@werkbrug/domain-rules';
import { Repository } from 'typeorm';
import { paginate, type Connection, type PageArgs } from '../../common/graphql/pagination.js';
import {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from './region.entity.js';
import { RegionErrors } from './region.exception.js';

@Injectable()
export class RegionService {
  constructor(
    @InjectRepository(LabourMarketRegionEntity)
    private readonly regions: Repository<LabourMarketRegionEntity>,
    @InjectRepository(MunicipalityEntity)
    private readonly municipalities: Repository<MunicipalityEntity>,
    @InjectRepository(PostcodeAreaEntity)
    private readonly postcodes: Repository<PostcodeAreaEntity>,
  ) {}

  listRegions(filter: { active?: boolean }): Promise<LabourMarketRegionEntity[]> {
    return this.regions.find({
      where: filter.active === undefined ? {} : { active: filter.active },
      order: { code: 'ASC' },
    });
  }

  async getRegion(code: string): Promise<LabourMarketRegionEntity> {
    const region = await this.regions.findOneBy({ code });
    if (!region) throw RegionErrors.regionNotFound();
    return region;
  }

  listMunicipalities(
    filter: { regionCode?: string; search?: string } & PageArgs,
  ): Promise<Connection<MunicipalityEntity>> {
    const query = this.municipalities.createQueryBuilder('municipality');
    if (filter.regionCode)
      query.andWhere('municipality.regionCode = :regionCode', { regionCode: filter.regionCode });
    if (filter.search)
      query.andWhere('municipality.name ILIKE :search', {
        search: `%${escapeLike(filter.search)}%`,
      });
    return paginate(query, filter, { column: 'name', key: (m) => m.name, idColumn: 'code' });
  }

  /** The PC4 area of a postcode; BAD_USER_INPUT for a malformed one, NOT_FOUND for an unknown one. */
  async findPostcodeArea(postcode: string, field = 'postcode'): Promise<PostcodeAreaEntity> {
    const pc4 = toPc4(postcode);
    if (!pc4) throw RegionErrors.invalidPostcode(field);
    const area = await this.postcodes.findOneBy({ pc4 });
    if (!area) throw RegionErrors.postcodeNotFound();
    return area;
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
