/** Hatches for chart series, so two series differ by more than colour. Render inside the chart's SVG. */
export function ChartPatterns() {
  return (
    <defs>
      <pattern
        id="werkbrug-chart-hatch"
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#b3541e" strokeWidth="4" />
      </pattern>
      <pattern id="werkbrug-chart-dots" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff" />
        <circle cx="3" cy="3" r="1.6" fill="#1b4f72" />
      </pattern>
    </defs>
  );
}

export const SOLID = '#1b4f72';
export const HATCH = 'url(#werkbrug-chart-hatch)';
export const DOTS = 'url(#werkbrug-chart-dots)';
export const INK = '#1a1a1a';

/** A chart's size: wide enough for labels; CSS scales the SVG down on narrow screens. */
export const CHART_WIDTH = 720;
export const rowsHeight = (rows: number) => 70 + rows * 44;
