import { Bar, CartesianGrid, ComposedChart, LabelList, Legend, Line, XAxis, YAxis } from 'recharts';
import type { TrendRow } from '../report.js';
import { CHART_WIDTH, ChartPatterns, DOTS, HATCH, INK, SOLID } from './ChartPatterns.js';

/**
 * Extra banenafspraak jobs per quarter: markt (solid) and overheid (hatched) stacked, the total on
 * top; where the split is hidden but the total is not, the total alone (dotted). The target is a
 * dashed line.
 */
export function TrendChart({ rows }: { rows: readonly TrendRow[] }) {
  const data = rows.map((row) => ({
    ...row,
    markt: row.markt ?? 0,
    overheid: row.overheid ?? 0,
    unsplit: row.unsplit ?? 0,
  }));
  return (
    <ComposedChart
      width={CHART_WIDTH}
      height={340}
      data={data}
      accessibilityLayer={false}
      margin={{ top: 24, right: 24, left: 8, bottom: 8 }}
    >
      <ChartPatterns />
      <CartesianGrid strokeDasharray="2 4" vertical={false} />
      <XAxis dataKey="label" tick={{ fill: INK }} />
      <YAxis tick={{ fill: INK }} allowDecimals={false} />
      <Legend />
      {/* One label a bar, the total, on top: a label inside a thin segment would not be readable. */}
      <Bar dataKey="markt" name="Markt" stackId="banen" fill={SOLID} isAnimationActive={false} />
      <Bar
        dataKey="overheid"
        name="Overheid (gearceerd)"
        stackId="banen"
        fill={HATCH}
        stroke="#b3541e"
        isAnimationActive={false}
      />
      <Bar
        dataKey="unsplit"
        name="Niet te splitsen (gestippeld)"
        stackId="banen"
        fill={DOTS}
        stroke={SOLID}
        minPointSize={2}
        isAnimationActive={false}
      >
        <LabelList dataKey="totalDisplay" position="top" fill={INK} />
      </Bar>
      <Line
        dataKey="target"
        name="Doel (stippellijn)"
        stroke={INK}
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={{ r: 4, fill: INK }}
        connectNulls={false}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
