import { ApiError, type FieldProblem } from '../api/errors.ts';
import { fieldProblemText, friendlyFieldMessage } from '../api/validation-messages.ts';
import { i18n } from '../i18n/i18n.ts';
import { notifyError } from './notify.ts';

export { friendlyFieldMessage };

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
    notifyError(new Error(unplaced.map((f) => fieldProblemText(f.path, f.message)).join('; ')));
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
    const text = i18n.t('ui:rules.lineProblem', { line: line + 1, field: fields[match[2]!], problem: said });
    found.push({ line, order: column, text });
  }
  return found.sort((a, b) => a.line - b.line || a.order - b.order).map((f) => f.text);
}
