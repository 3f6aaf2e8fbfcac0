declare module 'pg/lib/utils.js' {
  /** node-postgres' conversion of a parameter to the text PostgreSQL parses (arrays, JSON, dates). */
  export function prepareValue(value: unknown): string | Buffer | null;
}
