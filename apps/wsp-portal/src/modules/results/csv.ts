/**
 * CSV for Dutch spreadsheets: RFC 4180 quoting and CRLF line ends, `;` as separator (Excel with Dutch
 * regional settings splits on `;` and reads `31,7` as a number), a UTF-8 byte order mark so Excel
 * reads "Súdwest-Fryslân" right. Figures arrive as Dutch display text ("31,7", "<5", "x").
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const NEEDS_QUOTES = /[";\r\n]/;
/** A spreadsheet runs a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

/** A number with a decimal comma; text with a leading `'` when it could start a formula; quoted where needed. */
export function escapeCsvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  let text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  // Numbers are ours; only text (names, labels) can carry a formula.
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, header row, then the rows, each line ended by CRLF. */
export function toCsv({
  header,
  rows,
}: {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}): string {
  const lines = [header, ...rows].map((row) => row.map(escapeCsvCell).join(CSV_SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** "Resultaten Gooi en Vechtstreek 2025" → "resultaten-gooi-en-vechtstreek-2025.csv". */
export function csvFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'export'}.csv`;
}

/** Lets the browser save `csv` as a file. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
