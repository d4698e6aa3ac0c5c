// Typed arrays that grow by doubling, for the index's columns and lists.

type GrowableArray = Float64Array | Int32Array | Uint8Array;

/** The same array when it already holds `capacity` items, else a copy at least twice as large. */
export function withCapacity<T extends GrowableArray>(array: T, capacity: number): T {
  if (array.length >= capacity) return array;
  let length = Math.max(8, array.length * 2);
  while (length < capacity) length *= 2;
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array as never);
  return copy;
}
