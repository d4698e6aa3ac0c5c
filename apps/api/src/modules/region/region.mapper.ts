import {
  LabourMarketRegionModel,
  MunicipalityModel,
  PostcodeAreaModel,
} from './dto/region.model.js';
import type {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from './region.entity.js';

export const toRegionModel = (e: LabourMarketRegionEntity): LabourMarketRegionModel =>
  Object.assign(new LabourMarketRegionModel(), { code: e.code, name: e.name, active: e.active });

export const toMunicipalityModel = (e: MunicipalityEntity): MunicipalityModel =>
  Object.assign(new MunicipalityModel(), {
    code: e.code,
    name: e.name,
    regionCode: e.regionCode,
    lat: e.lat,
    lon: e.lon,
  });

export const toPostcodeAreaModel = (e: PostcodeAreaEntity): PostcodeAreaModel =>
  Object.assign(new PostcodeAreaModel(), {
    pc4: e.pc4,
    place: e.place,
    municipalityCode: e.municipalityCode,
    lat: e.lat,
    lon: e.lon,
  });
