import { reportCsv, reportTables, trendRows, funnelRows, municipalityRows } from './report.js';
import { buildRegionReport } from './test-fixtures.js';

describe('trendRows', () => {
  it('gives one row per quarter with markt, overheid and the target', () => {
    expect(trendRows(buildRegionReport().banenafspraakResults)).toEqual([
      expect.objectContaining({
        label: 'K3 2025',
        markt: 300,
        overheid: 100,
        unsplit: null,
        target: 440,
        totalDisplay: '400',
      }),
      expect.objectContaining({
        label: 'K4 2025',
        markt: 310,
        overheid: 90.5,
        overheidDisplay: '90,5',
        totalDisplay: '400,5',
      }),
    ]);
  });

  it('charts the total alone where the split is hidden', () => {
    const results = buildRegionReport().banenafspraakResults;
    const quarter = results.quarters[0]!;
    quarter.extraJobs.overheid = { __typename: 'SuppressedNumber', value: null, display: 'x' };
    expect(trendRows(results)[0]).toMatchObject({
      markt: null,
      overheid: null,
      unsplit: 400,
      overheidDisplay: 'x',
    });
  });
});

describe('municipalityRows', () => {
  it('keeps a suppressed count as "<5" and no value', () => {
    const [, huizen] = municipalityRows(buildRegionReport().beschutWerkResults.municipalities);
    expect(huizen).toEqual({
      label: 'Huizen',
      realised: null,
      target: 6,
      realisedDisplay: '<5',
      targetDisplay: '6',
      percentDisplay: 'x',
    });
  });
});

describe('funnelRows', () => {
  it('names the steps in Dutch', () => {
    expect(
      funnelRows(buildRegionReport().pipelineResults).map((row) => `${row.label}: ${row.display}`),
    ).toEqual(['Voorgedragen: 40', 'Voorgesteld aan werkgever: 25', 'Geplaatst: <5']);
  });
});

describe('reportTables', () => {
  it('has a table per section, each ending with the region total where there is one', () => {
    const tables = reportTables(buildRegionReport());
    expect(tables.map((table) => table.id)).toEqual([
      'banenafspraak',
      'beschut-werk',
      'uitstroom',
      'trechter',
      'instrumenten',
      'doorlooptijd',
    ]);
    expect(tables[1]!.rows.at(-1)).toEqual(['Regio totaal', '21', '37', '56,8 %']);
    expect(tables[2]!.rows[1]).toEqual(['=Testgemeente', '7', 'geen doel', 'geen doel']);
    expect(tables[5]!.rows.at(-1)).toEqual(['Nazorg op tijd (binnen 7 dagen)', '85 %']);
  });
});

describe('reportCsv', () => {
  it('writes every cell of every table as section, row, column and value', () => {
    const csv = reportCsv(reportTables(buildRegionReport()));
    expect(csv.header).toEqual(['Onderdeel', 'Rij', 'Kolom', 'Waarde']);
    expect(csv.rows).toContainEqual(['Beschut werk per gemeente', 'Huizen', 'Gerealiseerd', '<5']);
    expect(csv.rows).toContainEqual([
      'Uitstroom naar werk per gemeente',
      '=Testgemeente',
      'Gerealiseerd',
      '7',
    ]);
  });
});
