import { z } from 'zod';

/** The one error shape every endpoint answers with (DESIGN.md, Errors). */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. `insufficient_stock`'),
      message: z.string().describe('What went wrong and what to do about it'),
      details: z.unknown().optional().describe('Structured context; `fields` lists field paths for validation errors'),
    }),
  })
  .meta({ id: 'Error' });

/** Every request string has an upper bound, so oversized input is refused before it reaches SQL. */
export const text = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 200) => z.string().trim().max(max).optional();
export const email = z.email().max(254).toLowerCase();
export const password = z.string().min(8, 'Use at least 8 characters').max(200);
export const uuid = z.uuid();
export const idParams = z.strictObject({ id: z.uuid() });
export const isoTimestamp = z.iso.datetime({ offset: true });

/** Response schemas hold no transforms (the serializer encodes): dates leave as ISO 8601 strings. */
export const timestampOut = z.string().describe('ISO 8601 timestamp');
export function iso(date: Date): string;
export function iso(date: Date | null): string | null;
export function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

/** A yes/no query parameter, `true` or `false`. */
export const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');
