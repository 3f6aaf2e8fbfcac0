import { hasLength, isEmail, isNotEmpty, matches } from '@mantine/form';
import { isDecimalText } from './decimal.ts';

/** Checks the browser makes before asking the server, with the server's own limits. */
export const formRules = {
  email: isEmail('Enter a valid email address'),
  password: isNotEmpty('Enter your password'),
  newPassword: hasLength({ min: 8 }, 'Use at least 8 characters'),
  emailedCode: matches(/^\d{6}$/, 'Enter the 6 digits from the email'),
  filled: (what: string) => isNotEmpty(`Enter ${what}`),
  /** An optional amount or quantity: empty, or a decimal like `12.5`. */
  decimal: (value: string) => (value.trim() === '' || isDecimalText(value) ? null : 'Enter a number, e.g. 12.5'),
  /** An optional email address. */
  optionalEmail: (value: string) => (value.trim() === '' ? null : isEmail('Enter a valid email address')(value)),
};
