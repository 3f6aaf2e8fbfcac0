/**
 * A search parameter as text. The router parses `?code=123456` as a number, so digits come back
 * as strings here.
 */
export function searchText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A search parameter that must be one of a few values; anything else is dropped. */
export function searchChoice<T extends string>(value: unknown, choices: readonly T[]): T | undefined {
  return choices.find((choice) => choice === value);
}
