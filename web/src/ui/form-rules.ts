import { hasLength, isEmail, isNotEmpty, matches } from '@mantine/form';

/** Checks the browser makes before asking the server, with the server's own limits. */
export const formRules = {
  email: isEmail('Enter a valid email address'),
  password: isNotEmpty('Enter your password'),
  newPassword: hasLength({ min: 8 }, 'Use at least 8 characters'),
  emailedCode: matches(/^\d{6}$/, 'Enter the 6 digits from the email'),
  filled: (what: string) => isNotEmpty(`Enter ${what}`),
};
