import {
  findMunicipality,
  findRegion,
  loadMunicipalities,
  loadRegionBoundaries,
  loadRegions,
  municipalitiesOfRegion,
} from './regions.js';

describe(loadRegions.name, () => {
  it('returns the 35 labour-market regions', () => {
    expect(loadRegions()).toHaveLength(35);
  });

  it('has unique AMnn codes', () => {
    const codes = loadRegions().map((region) => region.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^AM\d{2}$/.test(code))).toBe(true);
  });

  it('reads the file once and returns the cached array afterwards', () => {
    expect(loadRegions()).toBe(loadRegions());
  });
});

describe(loadMunicipalities.name, () => {
  it('returns the 342 municipalities of 2025', () => {
    expect(loadMunicipalities()).toHaveLength(342);
  });

  it('has unique GMnnnn codes', () => {
    const codes = loadMunicipalities().map((municipality) => municipality.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^GM\d{4}$/.test(code))).toBe(true);
  });

  it('links every municipality to an existing region', () => {
    const regionCodes = new Set(loadRegions().map((region) => region.code));
    const orphans = loadMunicipalities().filter(
      (municipality) => !regionCodes.has(municipality.regionCode),
    );
    expect(orphans).toEqual([]);
  });

  it('places every municipality within the Netherlands', () => {
    const outside = loadMunicipalities().filter(
      ({ lat, lon }) => lat < 50.7 || lat > 53.6 || lon < 3.3 || lon > 7.3,
    );
    expect(outside).toEqual([]);
  });

  it('reads the file once and returns the cached array afterwards', () => {
    expect(loadMunicipalities()).toBe(loadMunicipalities());
  });
});

describe(municipalitiesOfRegion.name, () => {
  it('returns the municipalities of Gooi en Vechtstreek', () => {
    expect(municipalitiesOfRegion('AM12').map((municipality) => municipality.name)).toEqual(
      expect.arrayContaining([
        'Blaricum',
        'Eemnes',
        'Gooise Meren',
        'Hilversum',
        'Huizen',
        'Laren (NH.)',
        'Wijdemeren',
      ]),
    );
    expect(municipalitiesOfRegion('AM12')).toHaveLength(7);
  });

  it('gives every region at least one municipality', () => {
    const empty = loadRegions().filter(
      (region) => municipalitiesOfRegion(region.code).length === 0,
    );
    expect(empty).toEqual([]);
  });

  it('returns an empty list for an unknown region code', () => {
    expect(municipalitiesOfRegion('AM04')).toEqual([]);
  });
});

describe(findRegion.name, () => {
  it('finds a region by code', () => {
    expect(findRegion('AM36')).toEqual({ code: 'AM36', name: 'Regio Zwolle' });
  });

  it('returns null for an unknown code', () => {
    expect(findRegion('AM99')).toBeNull();
  });
});

describe(findMunicipality.name, () => {
  it('finds a municipality with its region', () => {
    expect(findMunicipality('GM0402')).toMatchObject({ name: 'Hilversum', regionCode: 'AM12' });
  });

  it('returns null for an unknown code', () => {
    expect(findMunicipality('GM9999')).toBeNull();
  });
});

describe(loadRegionBoundaries.name, () => {
  it('has one polygon feature per region, keyed by region code', () => {
    const features = loadRegionBoundaries().features;
    expect(features.map((feature) => feature.id).sort()).toEqual(
      loadRegions().map((region) => region.code),
    );
    expect(
      features.every((feature) => ['Polygon', 'MultiPolygon'].includes(feature.geometry.type)),
    ).toBe(true);
  });
});
