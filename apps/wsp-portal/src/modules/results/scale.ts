/**
 * The map's legend: % of target in bands, each with a colour AND a pattern, so the map also reads
 * without colour (WCAG 1.4.1). The pattern ids are defined once by <MapPatterns>.
 */
export interface PercentBand {
  key: string;
  label: string;
  /** Fill colour; the pattern is drawn over it in a darker tint. */
  colour: string;
  /** Ink of the pattern's lines or dots. */
  ink: string;
  pattern: 'none' | 'dots' | 'lines' | 'cross' | 'grid' | 'hatch';
}

export const NO_DATA_BAND: PercentBand = {
  key: 'geen',
  label: 'Geen gegevens',
  colour: '#ffffff',
  ink: '#595959',
  pattern: 'hatch',
};

/** Lower bounds (inclusive), from the top band down. */
export const PERCENT_BANDS: readonly (PercentBand & { from: number })[] = [
  {
    key: '100',
    from: 100,
    label: '100 % of meer',
    colour: '#08306b',
    ink: '#ffffff',
    pattern: 'none',
  },
  {
    key: '90',
    from: 90,
    label: '90 tot 100 %',
    colour: '#2171b5',
    ink: '#ffffff',
    pattern: 'dots',
  },
  {
    key: '75',
    from: 75,
    label: '75 tot 90 %',
    colour: '#6baed6',
    ink: '#08306b',
    pattern: 'lines',
  },
  {
    key: '50',
    from: 50,
    label: '50 tot 75 %',
    colour: '#c6dbef',
    ink: '#08306b',
    pattern: 'cross',
  },
  {
    key: '0',
    from: -Infinity,
    label: 'minder dan 50 %',
    colour: '#f7fbff',
    ink: '#08306b',
    pattern: 'grid',
  },
];

/** The band of a % of target; null (no target, suppressed, out of scope) is "Geen gegevens". */
export function bandOf(percent: number | null | undefined): PercentBand {
  if (percent === null || percent === undefined || Number.isNaN(percent)) return NO_DATA_BAND;
  return PERCENT_BANDS.find((band) => percent >= band.from) ?? NO_DATA_BAND;
}

export const patternId = (band: PercentBand) => `werkbrug-band-${band.key}`;

/** What the fill attribute of a region in this band is. */
export function fillOf(band: PercentBand): string {
  return band.pattern === 'none' ? band.colour : `url(#${patternId(band)})`;
}
