import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { csvFileName, downloadCsv, toCsv } from '../csv.js';
import { tableCsv, type DataTable } from '../report.js';
import { DataTableView } from './DataTableView.js';

export interface ChartSectionProps {
  table: DataTable;
  /** What the chart shows, in one or two sentences: its accessible name. */
  summary: string;
  /** Added to the CSV file name, e.g. "gooi-en-vechtstreek-2025". */
  fileSuffix: string;
  /** Shown when there is nothing to chart. */
  empty?: string;
  children: ReactNode;
}

/**
 * One chart of the dashboard: a visible title, the chart as an image with a summary, the same
 * figures as a table (for screen readers and anyone who prefers numbers) and a CSV download.
 */
export function ChartSection({ table, summary, fileSuffix, empty, children }: ChartSectionProps) {
  const headingId = `${table.id}-titel`;
  return (
    <section className="werkbrug-chart" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {table.title}
      </Heading>
      {empty && table.rows.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <>
          <div className="werkbrug-chart__figure" role="img" aria-label={summary}>
            {children}
          </div>
          <details className="werkbrug-chart__table">
            <summary>Toon als tabel</summary>
            <DataTableView table={table} />
          </details>
        </>
      )}
      <Button
        appearance="secondary-action-button"
        onClick={() =>
          downloadCsv(csvFileName(`${table.title} ${fileSuffix}`), toCsv(tableCsv(table)))
        }
      >
        Download als CSV<span className="werkbrug-visually-hidden">: {table.title}</span>
      </Button>
    </section>
  );
}
