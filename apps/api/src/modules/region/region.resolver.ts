import { Args, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@werkbrug/domain-rules';
import { Roles } from '../../common/auth/audience.decorator.js';
import { ConnectionType, mapConnection, type Connection } from '../../common/graphql/pagination.js';
import {
  LabourMarketRegionModel,
  MunicipalityModel,
  PostcodeAreaModel,
} from './dto/region.model.js';
import {
  MunicipalitiesArgs,
  PostcodeArgs,
  RegionCodeArgs,
  RegionsArgs,
} from './dto/region.args.js';
import { toMunicipalityModel, toPostcodeAreaModel, toRegionModel } from './region.mapper.js';
import { RegionService } from './region.service.js';

const MunicipalityConnection = ConnectionType(MunicipalityModel, 'Municipality');

/** Reference data: every logged-in user may read it. */
@Resolver()
export class RegionResolver {
  constructor(private readonly regions: RegionService) {}

  @Roles(...ROLES)
  @Query(() => [LabourMarketRegionModel], { description: 'The 35 labour-market regions.' })
  async labourMarketRegions(@Args() args: RegionsArgs): Promise<LabourMarketRegionModel[]> {
    return (await this.regions.listRegions(args)).map(toRegionModel);
  }

  @Roles(...ROLES)
  @Query(() => LabourMarketRegionModel)
  async labourMarketRegion(@Args() { code }: RegionCodeArgs): Promise<LabourMarketRegionModel> {
    return toRegionModel(await this.regions.getRegion(code));
  }

  @Roles(...ROLES)
  @Query(() => MunicipalityConnection)
  async municipalities(@Args() args: MunicipalitiesArgs): Promise<Connection<MunicipalityModel>> {
    return mapConnection(await this.regions.listMunicipalities(args), toMunicipalityModel);
  }

  @Roles(...ROLES)
  @Query(() => PostcodeAreaModel, {
    description: 'The PC4 area (centre point, municipality) of a postcode.',
  })
  async postcodeArea(@Args() { postcode }: PostcodeArgs): Promise<PostcodeAreaModel> {
    return toPostcodeAreaModel(await this.regions.findPostcodeArea(postcode));
  }
}
