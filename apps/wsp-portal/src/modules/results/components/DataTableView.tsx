import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { DataTable } from '../report.js';

/** A report table: the first column names the row. Suppressed figures read "<5" or "x". */
export function DataTableView({
  table,
  caption = table.title,
}: {
  table: DataTable;
  caption?: string;
}) {
  return (
    <Table className="werkbrug-table">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          {table.columns.map((column) => (
            <TableHeaderCell key={column} scope="col">
              {column}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {table.rows.map((row) => (
          <TableRow key={row[0]}>
            {row.map((cell, index) =>
              index === 0 ? (
                <TableHeaderCell key={table.columns[index]} scope="row">
                  {cell}
                </TableHeaderCell>
              ) : (
                <TableCell key={table.columns[index]}>{cell}</TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
