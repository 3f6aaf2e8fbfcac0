import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The email box of every sign-in form: the browser fills it in, and it stops at the API's 254 characters. */
export function EmailInput(props: TextInputProps) {
  const { t } = useTranslation('onboarding');
  return <TextInput label={t('email')} type="email" autoComplete="email" required maxLength={254} {...props} />;
}
