export {
  findMunicipality,
  findRegion,
  loadMunicipalities,
  loadRegionBoundaries,
  loadRegions,
  municipalitiesOfRegion,
  type LabourMarketRegionRecord,
  type MunicipalityRecord,
  type RegionBoundaries,
  type RegionBoundaryFeature,
  type RegionGeometry,
} from './regions.js';
export {
  findPc4,
  loadPostcodeCentroids,
  municipalityCodeOfPc4,
  regionOfPc4,
  toPc4,
  type PostcodeCentroid,
} from './postcodes.js';
export {
  distanceBetweenPc4,
  estimateTravelMinutes,
  haversineKm,
  TRAVEL_ASSUMPTIONS,
  type LatLon,
  type SpeedBand,
  type TravelProfile,
} from './geo.js';
export {
  COMPETENCE_TAXONOMY_VERSION,
  COMPETENCES,
  competencesOfGroup,
  competencesOfSector,
  findCompetence,
  GROUP_LEVELS,
  type CompetenceDefinition,
  type LevelTexts,
} from './competences.js';
