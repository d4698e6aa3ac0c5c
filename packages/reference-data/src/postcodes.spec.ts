import {
  findPc4,
  loadPostcodeCentroids,
  municipalityCodeOfPc4,
  regionOfPc4,
  toPc4,
} from './postcodes.js';
import { findMunicipality } from './regions.js';

describe(loadPostcodeCentroids.name, () => {
  it('returns the 4,064 PC4 postcodes', () => {
    expect(loadPostcodeCentroids()).toHaveLength(4064);
  });

  it('has unique four-digit postcodes', () => {
    const codes = loadPostcodeCentroids().map((record) => record.pc4);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^\d{4}$/.test(code))).toBe(true);
  });

  it('links every postcode to an existing municipality, directly or as the nearest one', () => {
    const unlinked = loadPostcodeCentroids().filter((record) => {
      const code = record.municipalityCode ?? record.nearestMunicipalityCode;
      return code === undefined || findMunicipality(code) === null;
    });
    expect(unlinked).toEqual([]);
  });

  it('reads the file once and returns the cached array afterwards', () => {
    expect(loadPostcodeCentroids()).toBe(loadPostcodeCentroids());
  });
});

describe(toPc4.name, () => {
  it.each([
    ['1211', '1211'],
    ['1211AB', '1211'],
    ['1211 ab', '1211'],
    [' 1211 AB ', '1211'],
    ['121', null],
    ['12111', null],
    ['1211 A', null],
    ['AB12', null],
    ['', null],
  ])('reads %j as %j', (input, expected) => {
    expect(toPc4(input)).toBe(expected);
  });
});

describe(findPc4.name, () => {
  it('finds a PC4 with its place and municipality', () => {
    expect(findPc4('1211')).toMatchObject({
      pc4: '1211',
      place: 'Hilversum',
      municipalityCode: 'GM0402',
    });
  });

  it('accepts a full postcode', () => {
    expect(findPc4('1211 AB')).toBe(findPc4('1211'));
  });

  it.each(['0000', '1000', 'not a postcode'])('returns null for %j', (input) => {
    expect(findPc4(input)).toBeNull();
  });
});

describe(municipalityCodeOfPc4.name, () => {
  it('returns the containing municipality', () => {
    expect(municipalityCodeOfPc4('3511')).toBe('GM0344');
  });

  it('falls back to the nearest municipality for a point outside every polygon', () => {
    expect(findPc4('8752')?.municipalityCode).toBeNull();
    expect(municipalityCodeOfPc4('8752')).toBe('GM1900');
  });

  it('returns null for an unknown postcode', () => {
    expect(municipalityCodeOfPc4('0000')).toBeNull();
  });
});

describe(regionOfPc4.name, () => {
  it.each([
    ['1211', 'AM12'],
    ['9711', 'AM01'],
    ['3511', 'AM13'],
    ['8011', 'AM36'],
    ['6211', 'AM30'],
    ['4331', 'AM24'],
    ['8752', 'AM02'],
    ['9693', 'AM01'],
  ])('places %s in region %s', (pc4, regionCode) => {
    expect(regionOfPc4(pc4)?.code).toBe(regionCode);
  });

  it('returns null for an unknown postcode', () => {
    expect(regionOfPc4('0000')).toBeNull();
  });
});
