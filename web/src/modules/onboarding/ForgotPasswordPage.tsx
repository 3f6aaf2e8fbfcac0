import { Button, Input, PasswordInput, PinInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { AuthFrame } from './AuthFrame.tsx';
import { EmailInput } from './EmailInput.tsx';
import { ResendCodeButton } from './ResendCodeButton.tsx';

const route = getRouteApi('/forgot-password');

const requestCode = async (email: string) =>
  (await unwrap(api.POST('/api/auth/forgot-password', { body: { email } }))).message;

function RequestCodeStep({ initialEmail, onSent }: { initialEmail: string; onSent: (email: string) => void }) {
  const form = useForm({
    initialValues: { email: initialEmail },
    validate: { email: formRules.email },
  });
  const send = useMutation({
    mutationFn: (email: string) => requestCode(email),
    onSuccess: (message, email) => {
      notifySuccess(message);
      onSent(email);
    },
    onError: (error) => showServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit(({ email }) => send.mutate(email))} noValidate>
      <Stack gap="sm">
        <EmailInput {...form.getInputProps('email')} />
        <Button type="submit" loading={send.isPending} fullWidth>
          Send reset code
        </Button>
      </Stack>
    </form>
  );
}

function NewPasswordStep({ email }: { email: string }) {
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
      notifySuccess('Password changed. Log in with your new password.');
      await navigate({ to: '/login', search: { email } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && error.fields.length === 0) {
        form.setFieldError('code', error.message);
      } else {
        showServerErrors(form, error);
      }
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => reset.mutate(values))} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          If an account exists for <b>{email}</b>, we sent it a 6-digit code.
        </Text>
        <Input.Wrapper label="Reset code" error={form.errors.code}>
          <PinInput
            length={6}
            type="number"
            oneTimeCode
            autoFocus
            ariaLabel="Reset code digit"
            error={Boolean(form.errors.code)}
            value={form.values.code}
            onChange={(value) => form.setFieldValue('code', value)}
            mt={4}
          />
        </Input.Wrapper>
        <PasswordInput
          label="New password"
          autoComplete="new-password"
          description="At least 8 characters. Logs you out everywhere."
          required
          {...form.getInputProps('newPassword')}
        />
        <Button type="submit" loading={reset.isPending} fullWidth>
          Set new password
        </Button>
        <ResendCodeButton send={() => requestCode(email)} />
      </Stack>
    </form>
  );
}

export function ForgotPasswordPage() {
  const search = route.useSearch();
  const [email, setEmail] = useState<string | null>(null);
  return (
    <AuthFrame
      title="Reset your password"
      subtitle={email ? 'Enter the code and choose a new password.' : 'We email you a code to set a new password.'}
      footer={
        <AnchorLink to="/login" size="sm">
          Back to log in
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
