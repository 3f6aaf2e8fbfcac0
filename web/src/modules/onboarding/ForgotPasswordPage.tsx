import { Button, Input, PasswordInput, PinInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { AuthFrame } from './AuthFrame.tsx';
import { EmailInput } from './EmailInput.tsx';
import { ResendCodeButton } from './ResendCodeButton.tsx';

const route = getRouteApi('/forgot-password');

const requestCode = async (email: string) => {
  await unwrap(api.POST('/api/auth/forgot-password', { body: { email } }));
};

function RequestCodeStep({ initialEmail, onSent }: { initialEmail: string; onSent: (email: string) => void }) {
  const { t } = useTranslation('onboarding');
  const form = useForm({
    initialValues: { email: initialEmail },
    validate: { email: formRules.email },
  });
  const send = useMutation({
    mutationFn: (email: string) => requestCode(email),
    onSuccess: (_answer, email) => {
      notifySuccess(t('forgot.sent'));
      onSent(email);
    },
    onError: (error) => showServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit(({ email }) => send.mutate(email))} noValidate>
      <Stack gap="sm">
        <EmailInput {...form.getInputProps('email')} />
        <Button type="submit" loading={send.isPending} fullWidth>
          {t('forgot.send')}
        </Button>
      </Stack>
    </form>
  );
}

function NewPasswordStep({ email }: { email: string }) {
  const { t } = useTranslation('onboarding');
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { code: '', newPassword: '' },
    validate: {
      code: formRules.emailedCode,
      newPassword: formRules.newPassword,
    },
  });
  const reset = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/auth/reset-password', { body: { ...values, email } })),
    onSuccess: async () => {
      notifySuccess(t('forgot.changed'));
      await navigate({ to: '/login', search: { email } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && error.fields.length === 0) {
        form.setFieldError('code', errorMessage(error));
      } else {
        showServerErrors(form, error);
      }
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => reset.mutate(values))} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          <Trans t={t} i18nKey="forgot.sentTo" values={{ email }} components={{ b: <b /> }} />
        </Text>
        <Input.Wrapper label={t('forgot.code')} error={form.errors.code}>
          <PinInput
            length={6}
            type="number"
            oneTimeCode
            autoFocus
            ariaLabel={t('forgot.codeDigit')}
            error={Boolean(form.errors.code)}
            value={form.values.code}
            onChange={(value) => form.setFieldValue('code', value)}
            mt={4}
          />
        </Input.Wrapper>
        <PasswordInput
          label={t('forgot.newPassword')}
          autoComplete="new-password"
          description={t('forgot.newPasswordHint')}
          required
          {...form.getInputProps('newPassword')}
        />
        <Button type="submit" loading={reset.isPending} fullWidth>
          {t('forgot.submit')}
        </Button>
        <ResendCodeButton send={() => requestCode(email).then(() => t('forgot.sent'))} />
      </Stack>
    </form>
  );
}

export function ForgotPasswordPage() {
  const { t } = useTranslation('onboarding');
  const search = route.useSearch();
  const [email, setEmail] = useState<string | null>(null);
  return (
    <AuthFrame
      title={t('forgot.title')}
      subtitle={email ? t('forgot.subtitleCode') : t('forgot.subtitle')}
      footer={
        <AnchorLink to="/login" size="sm">
          {t('backToLogin')}
        </AnchorLink>
      }
    >
      {email ? (
        <NewPasswordStep email={email} />
      ) : (
        <RequestCodeStep initialEmail={search.email ?? ''} onSent={setEmail} />
      )}
    </AuthFrame>
  );
}
