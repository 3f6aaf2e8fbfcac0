import { ApiError } from '../api/errors.ts';
import { notifyError } from './notify.ts';

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

/**
 * Puts the server's validation messages under the fields they name (`owner.email`), and shows
 * anything no field can hold as a notification. Returns the paths that got a message.
 */
export function showServerErrors(form: FormWithFieldErrors, error: unknown): string[] {
  const fields = error instanceof ApiError ? error.fields : [];
  const values = form.getValues();
  const placed = fields.filter((field) => hasField(values, field.path));
  for (const field of placed) form.setFieldError(field.path, field.message);
  if (placed.length === 0 || placed.length < fields.length) notifyError(error);
  return placed.map((field) => field.path);
}
