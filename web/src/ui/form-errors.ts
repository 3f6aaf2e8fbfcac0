import { ApiError, type FieldProblem } from '../api/errors.ts';
import { notifyError } from './notify.ts';

const plural = (count: string, one: string, many: string) => `${count} ${count === '1' ? one : many}`;

/** The validator's wordings (zod's and the API's decimal checks), said the way a user can act on. */
const wordings: [RegExp, (match: RegExpMatchArray) => string][] = [
  [
    /at most (\d+) decimal places/i,
    ([, n]) => (n === '0' ? 'Whole numbers only, no decimals' : `At most ${n} decimals`),
  ],
  [/^Send a decimal as a string/, () => 'Enter a number'],
  [/^Must be greater than zero$/, () => 'Must be above zero'],
  [/expected string to have <=\s*(\d+) characters/, ([, n]) => `At most ${plural(n!, 'character', 'characters')}`],
  [/expected string to have >=\s*(\d+) characters/, ([, n]) => (n === '1' ? 'Required' : `At least ${n} characters`)],
  [/expected (?:number|int|bigint) to be <=?\s*(-?[\d.]+)/, ([, n]) => `Must be at most ${n}`],
  [/expected (?:number|int|bigint) to be >=?\s*(-?[\d.]+)/, ([, n]) => `Must be at least ${n}`],
  [/expected array to have <=\s*(\d+) items/, ([, n]) => `At most ${plural(n!, 'line', 'lines')}`],
  [/expected array to have >=\s*(\d+) items/, ([, n]) => `Add at least ${plural(n!, 'line', 'lines')}`],
  [/received (?:undefined|null)$/, () => 'Required'],
  [/expected int, received number/, () => 'Whole numbers only, no decimals'],
  [/^Invalid email/i, () => 'Enter a valid email address'],
  [/^Invalid UUID/i, () => 'Choose one from the list'],
  [/^Invalid option/i, () => 'Choose one of the options'],
  [/^Invalid ISO date/i, () => 'Enter a valid date'],
  [/^(Invalid|Unrecognized|Unknown field|Too big|Too small)/, () => 'Not valid here'],
];

/**
 * A server message as a field shows it: the validator's wording turned into what is wrong ("At most
 * 200 characters"); a business rule's message (already written for people) as it is.
 */
export function friendlyFieldMessage(message: string): string {
  for (const [pattern, say] of wordings) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return message;
}

function hasField(values: unknown, path: string): boolean {
  let node = values;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/** The part of a Mantine form that server errors need. */
interface FormWithFieldErrors {
  getValues(): object;
  setFieldError(path: string, message: string): void;
}

const friendly = (field: FieldProblem): FieldProblem => ({ ...field, message: friendlyFieldMessage(field.message) });

/**
 * Puts the server's validation messages under the fields they name (`owner.email`), in words a user
 * can act on, and shows anything no field can hold as a notification. Returns the paths that got a message.
 */
export function showServerErrors(form: FormWithFieldErrors, error: unknown): string[] {
  const fields = error instanceof ApiError ? error.fields.map(friendly) : [];
  const values = form.getValues();
  const placed = fields.filter((field) => hasField(values, field.path));
  for (const field of placed) form.setFieldError(field.path, field.message);
  const unplaced = fields.filter((field) => !placed.includes(field));
  if (unplaced.length > 0) {
    notifyError(new Error(unplaced.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ')));
  } else if (placed.length === 0) notifyError(error);
  return placed.map((field) => field.path);
}

/**
 * The errors of a grid's lines in reading order, for a banner: `Line 2, quantity: must be above
 * zero`. `fields` names the grid's columns (`{ quantity: 'quantity', unitPrice: 'unit price' }`);
 * errors of other fields are left to the fields themselves.
 */
export function lineErrorsOf(
  errors: Record<string, unknown>,
  fields: Record<string, string>,
  list = 'lines',
): string[] {
  const found: { line: number; order: number; text: string }[] = [];
  const columns = Object.keys(fields);
  for (const [path, error] of Object.entries(errors)) {
    const match = path.match(new RegExp(`^${list}\\.(\\d+)\\.(\\w+)$`));
    if (!match || typeof error !== 'string' || !error) continue;
    const column = columns.indexOf(match[2]!);
    if (column < 0) continue;
    const line = Number(match[1]);
    const said = /^[A-Z][a-z]/.test(error) ? `${error.charAt(0).toLowerCase()}${error.slice(1)}` : error;
    const text = `Line ${line + 1}, ${fields[match[2]!]}: ${said}`;
    found.push({ line, order: column, text });
  }
  return found.sort((a, b) => a.line - b.line || a.order - b.order).map((f) => f.text);
}
