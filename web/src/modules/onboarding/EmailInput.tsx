import { TextInput, type TextInputProps } from '@mantine/core';

/** The email box of every sign-in form: the browser fills it in, and it stops at the API's 254 characters. */
export function EmailInput(props: TextInputProps) {
  return <TextInput label="Email" type="email" autoComplete="email" required maxLength={254} {...props} />;
}
