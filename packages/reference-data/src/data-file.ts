import { readFileSync } from 'node:fs';

/**
 * Reads one JSON file from the package's own `data/` folder. The URL is resolved against this
 * module, so it works from `src/` (under Jest) and from `dist/` (after the build) alike.
 */
export function readDataFile(fileName: string): unknown {
  const url = new URL(`../data/${fileName}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

/** Returns `value[key]` when it is an array; throws when a data file does not have the expected shape. */
export function arrayProperty(value: unknown, key: string, fileName: string): unknown[] {
  const property =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined;
  if (!Array.isArray(property)) {
    throw new Error(`Data file ${fileName} has no array "${key}"`);
  }
  return property;
}
