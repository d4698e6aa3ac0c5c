import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { MunicipalityRow } from '../report.js';
import { CHART_WIDTH, ChartPatterns, HATCH, INK, rowsHeight, SOLID } from './ChartPatterns.js';

/** Per municipality: realised (solid) against its target (hatched), each bar labelled with its figure. */
export function TargetBarChart({
  rows,
  targetName,
}: {
  rows: readonly MunicipalityRow[];
  targetName: string;
}) {
  const data = rows.map((row) => ({
    ...row,
    realised: row.realised ?? 0,
    target: row.target ?? 0,
  }));
  return (
    <BarChart
      width={CHART_WIDTH}
      height={rowsHeight(rows.length * 2)}
      data={data}
      layout="vertical"
      accessibilityLayer={false}
      margin={{ top: 8, right: 64, left: 8, bottom: 8 }}
    >
      <ChartPatterns />
      <CartesianGrid strokeDasharray="2 4" horizontal={false} />
      <XAxis type="number" tick={{ fill: INK }} allowDecimals={false} />
      <YAxis type="category" dataKey="label" width={170} tick={{ fill: INK }} />
      <Legend />
      <Bar
        dataKey="realised"
        name="Gerealiseerd"
        fill={SOLID}
        minPointSize={2}
        isAnimationActive={false}
      >
        <LabelList dataKey="realisedDisplay" position="right" fill={INK} />
      </Bar>
      <Bar
        dataKey="target"
        name={`${targetName} (gearceerd)`}
        fill={HATCH}
        stroke="#b3541e"
        isAnimationActive={false}
      >
        <LabelList dataKey="targetDisplay" position="right" fill={INK} />
      </Bar>
    </BarChart>
  );
}
