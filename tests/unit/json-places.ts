/** JSON walking shared by the boundary fuzz tests (the dataset checker's, the importer's). */

export type Segment = string | number;

/** Every place in a JSON value, as paths from its root (the root itself excluded). */
export function placesIn(value: unknown, at: Segment[] = []): Segment[][] {
  const places: Segment[][] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      places.push([...at, index], ...placesIn(item, [...at, index]));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      places.push([...at, key], ...placesIn(item, [...at, key]));
    }
  }
  return places;
}

/** A JSON value's type, telling null and arrays from objects. */
export const jsonType = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
