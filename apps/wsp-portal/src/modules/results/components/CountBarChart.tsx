import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { StepRow } from '../report.js';
import { CHART_WIDTH, INK, rowsHeight, SOLID } from './ChartPatterns.js';

/** One bar per step or instrument, labelled with its count ("<5" where suppressed). */
export function CountBarChart({ rows }: { rows: readonly StepRow[] }) {
  const data = rows.map((row) => ({ ...row, value: row.value ?? 0 }));
  return (
    <BarChart
      width={CHART_WIDTH}
      height={rowsHeight(rows.length)}
      data={data}
      layout="vertical"
      accessibilityLayer={false}
      margin={{ top: 8, right: 64, left: 8, bottom: 8 }}
    >
      <CartesianGrid strokeDasharray="2 4" horizontal={false} />
      <XAxis type="number" tick={{ fill: INK }} allowDecimals={false} />
      <YAxis type="category" dataKey="label" width={210} tick={{ fill: INK }} />
      <Bar dataKey="value" name="Personen" fill={SOLID} minPointSize={2} isAnimationActive={false}>
        <LabelList dataKey="display" position="right" fill={INK} />
      </Bar>
    </BarChart>
  );
}
