import { PLACEMENT_INSTRUMENT_LABELS } from '@werkbrug/domain-rules';
import { formatNumber } from '@werkbrug/ui';
import type {
  RegionReport_BanenafspraakFragment as Banenafspraak,
  RegionReport_BeschutWerkFragment as BeschutWerk,
  RegionReport_MunicipalityFragment as Municipality,
  RegionReport_PipelineFragment as Pipeline,
  RegionReport_UitstroomFragment as Uitstroom,
} from '../../gql/graphql.js';
import type { CsvCell } from './csv.js';
import { quarterLabel } from './period.js';

/** A figure as the API sends it: null value when suppressed, display "<5" or "x" then. */
export interface Figure {
  value: number | null;
  display: string;
}

/** One table of the report: what screen readers, the CSV and the print page show. */
export interface DataTable {
  id: string;
  title: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** "56,8 %"; a hidden figure stays "x", a missing one is "geen doel". */
const percent = (figure: Pick<Figure, 'display'> | null | undefined) =>
  figure ? (/^-?\d/.test(figure.display) ? `${figure.display} %` : figure.display) : 'geen doel';
const target = (value: number | null | undefined) =>
  value === null || value === undefined ? 'geen doel' : formatNumber(value, 1);

export interface TrendRow {
  label: string;
  markt: number | null;
  overheid: number | null;
  /** The total where the split is hidden (a part rests on 1-4 people) but the total is shown. */
  unsplit: number | null;
  target: number | null;
  marktDisplay: string;
  overheidDisplay: string;
  totalDisplay: string;
}

/** Extra banenafspraak jobs per quarter, split markt/overheid, with the year's target. */
export function trendRows(results: Banenafspraak): TrendRow[] {
  return results.quarters.map((quarter) => {
    const { markt, overheid, total } = quarter.extraJobs;
    const split = markt.value !== null && overheid.value !== null;
    return {
      label: quarterLabel(quarter.quarter),
      markt: split ? markt.value : null,
      overheid: split ? overheid.value : null,
      unsplit: split ? null : total.value,
      target: quarter.target?.jobs ?? null,
      marktDisplay: markt.display,
      overheidDisplay: overheid.display,
      totalDisplay: total.display,
    };
  });
}

export function trendTable(results: Banenafspraak): DataTable {
  return {
    id: 'banenafspraak',
    title: 'Banenafspraak: extra banen per kwartaal',
    columns: [
      'Kwartaal',
      'Markt',
      'Overheid',
      'Totaal',
      'Doel',
      '% van het doel',
      'Instroom (personen)',
      'Uitval (personen)',
    ],
    rows: results.quarters.map((quarter) => [
      quarterLabel(quarter.quarter),
      quarter.extraJobs.markt.display,
      quarter.extraJobs.overheid.display,
      quarter.extraJobs.total.display,
      target(quarter.target?.jobs),
      percent(quarter.percentOfTarget.total),
      quarter.peopleStarted.display,
      quarter.peopleLost.display,
    ]),
  };
}

export interface MunicipalityRow {
  label: string;
  realised: number | null;
  target: number | null;
  realisedDisplay: string;
  targetDisplay: string;
  percentDisplay: string;
}

export function municipalityRows(municipalities: readonly Municipality[]): MunicipalityRow[] {
  return municipalities.map((row) => ({
    label: row.municipalityName,
    realised: row.realised.value,
    target: row.target ?? null,
    realisedDisplay: row.realised.display,
    targetDisplay: target(row.target),
    percentDisplay: percent(row.percentOfTarget),
  }));
}

type Totals = Pick<BeschutWerk['total'], 'realised' | 'target' | 'percentOfTarget'>;

function municipalityTable(
  id: string,
  title: string,
  targetName: string,
  municipalities: readonly Municipality[],
  total: Totals,
): DataTable {
  return {
    id,
    title,
    columns: ['Gemeente', 'Gerealiseerd', targetName, '% van het doel'],
    rows: [
      ...municipalityRows(municipalities).map((row) => [
        row.label,
        row.realisedDisplay,
        row.targetDisplay,
        row.percentDisplay,
      ]),
      [
        'Regio totaal',
        total.realised.display,
        target(total.target),
        percent(total.percentOfTarget),
      ],
    ],
  };
}

export const beschutWerkTable = (results: BeschutWerk): DataTable =>
  municipalityTable(
    'beschut-werk',
    'Beschut werk per gemeente',
    'Taakstelling',
    results.municipalities,
    results.total,
  );

export const uitstroomTable = (results: Uitstroom): DataTable => ({
  ...municipalityTable(
    'uitstroom',
    'Uitstroom naar werk per gemeente',
    'Doel',
    results.municipalities,
    results.total,
  ),
});

export interface StepRow {
  label: string;
  value: number | null;
  display: string;
}

export function funnelRows(results: Pipeline): StepRow[] {
  const { proposed, introduced, placed } = results.funnel;
  return [
    { label: 'Voorgedragen', ...proposed },
    { label: 'Voorgesteld aan werkgever', ...introduced },
    { label: 'Geplaatst', ...placed },
  ];
}

export function instrumentRows(results: Pipeline): StepRow[] {
  return results.instruments.map((use) => ({
    label: PLACEMENT_INSTRUMENT_LABELS[use.instrument],
    value: use.people.value,
    display: use.people.display,
  }));
}

export const funnelTable = (results: Pipeline): DataTable => ({
  id: 'trechter',
  title: 'Van voordracht tot plaatsing (personen)',
  columns: ['Stap', 'Personen'],
  rows: funnelRows(results).map((row) => [row.label, row.display]),
});

export const instrumentTable = (results: Pipeline): DataTable => ({
  id: 'instrumenten',
  title: 'Ingezette instrumenten (personen)',
  columns: ['Instrument', 'Personen'],
  rows: instrumentRows(results).map((row) => [row.label, row.display]),
});

export const timeToPlacementTable = (results: Pipeline): DataTable => ({
  id: 'doorlooptijd',
  title: 'Plaatsingen, doorlooptijd en nazorg',
  columns: ['Kenmerk', 'Waarde'],
  rows: [
    ['Plaatsingen (personen)', results.placementsTotal.display],
    [
      'Gemiddeld aantal dagen van vacature tot plaatsing',
      results.averageDaysVacancyToPlacement?.display ?? 'geen plaatsingen op een vacature',
    ],
    ['Nazorgcontacten gepland', results.aftercareOnTime.checkInsDue.display],
    [
      'Nazorg op tijd (binnen 7 dagen)',
      results.aftercareOnTime.percentage
        ? percent(results.aftercareOnTime.percentage)
        : 'geen nazorgcontacten',
    ],
  ],
});

export interface RegionReportData {
  banenafspraakResults: Banenafspraak;
  beschutWerkResults: BeschutWerk;
  uitstroomResults: Uitstroom;
  pipelineResults: Pipeline;
}

/** Every table of the region report, in the order of the page. */
export function reportTables(data: RegionReportData): DataTable[] {
  return [
    trendTable(data.banenafspraakResults),
    beschutWerkTable(data.beschutWerkResults),
    uitstroomTable(data.uitstroomResults),
    funnelTable(data.pipelineResults),
    instrumentTable(data.pipelineResults),
    timeToPlacementTable(data.pipelineResults),
  ];
}

/** One table as CSV rows: its own columns. */
export const tableCsv = (
  table: DataTable,
): { header: readonly string[]; rows: readonly (readonly CsvCell[])[] } => ({
  header: table.columns,
  rows: table.rows,
});

/**
 * The whole report as one CSV table in long form (section, row, column, value), so every line has
 * the same fields whatever the section.
 */
export function reportCsv(tables: readonly DataTable[]): {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
} {
  return {
    header: ['Onderdeel', 'Rij', 'Kolom', 'Waarde'],
    rows: tables.flatMap((table) =>
      table.rows.flatMap((row) =>
        row.slice(1).map((value, index) => [table.title, row[0], table.columns[index + 1], value]),
      ),
    ),
  };
}
