import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** A value as PostgreSQL's text input for a column of the given type (as format_type() spells it, e.g. 'transport_mode[]'). */
export function toPostgresText(value: unknown, columnType: string): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (columnType === 'jsonb' || columnType === 'json') return JSON.stringify(value);
  if (Array.isArray(value)) {
    const items = value.map((item) =>
      item === null ? 'NULL' : `"${String(item).replace(/["\\]/g, '\\$&')}"`,
    );
    return `{${items.join(',')}}`;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Rows per statement: each column travels as one array parameter, so this is not bound by the 65,535-parameter limit. */
const ROWS_PER_STATEMENT = 5000;

/**
 * Inserts many rows of one entity: per chunk one INSERT … SELECT FROM unnest($1::text[], …) that
 * sends each column as a single text array and casts it back to the column's own type. TypeORM's
 * insert().values() sends one parameter per value, which PostgreSQL must parse and bind; for the
 * demo data's tens of thousands of rows that took most of the seeding time.
 *
 * Rows are objects keyed by entity property names (all with the same keys); columns left out
 * get their defaults (e.g. the candidate-number serial).
 */
export async function bulkInsert<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: readonly Partial<E>[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const escape = (name: string) => manager.connection.driver.escape(name);
  const properties = Object.keys(rows[0]);
  const columns = properties.map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column for property ${property}`);
    return column.databaseName;
  });
  const typeRows = (await manager.query(
    `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type, t.typcategory = 'S' AS textual
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [metadata.tablePath],
  )) as { name: string; type: string; textual: boolean }[];
  const types = new Map(typeRows.map((row) => [row.name, row]));
  const columnTypes = columns.map((column) => {
    const type = types.get(column);
    if (!type) throw new Error(`Table ${metadata.tablePath} has no column ${column}`);
    return type;
  });
  // Text goes in as text: the assignment to varchar(n) or char(n) rejects a value that is too long,
  // where an explicit cast would cut it short. Other types are cast to the column's type without
  // its modifier (numeric(4,1) → numeric); the assignment applies the modifier.
  const selectList = columns.map((_, i) =>
    columnTypes[i].textual ? `c${i}` : `c${i}::${columnTypes[i].type}`,
  );

  const sql =
    `INSERT INTO ${escape(metadata.tablePath)} (${columns.map(escape).join(', ')}) ` +
    `SELECT ${selectList.join(', ')} ` +
    `FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS u(${columns.map((_, i) => `c${i}`).join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const parameters = properties.map((property, i) =>
      chunk.map((row) =>
        toPostgresText((row as Record<string, unknown>)[property], columnTypes[i].type),
      ),
    );
    await manager.query(sql, parameters);
  }
}
