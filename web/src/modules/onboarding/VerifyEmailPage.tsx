import { Alert, Anchor, Button, Group, Input, PinInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { AuthFrame } from './AuthFrame.tsx';
import { EmailInput } from './EmailInput.tsx';
import { ResendCodeButton } from './ResendCodeButton.tsx';

const route = getRouteApi('/verify-email');

export function VerifyEmailPage() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { email: search.email ?? '', code: '' },
    validate: {
      email: formRules.email,
      code: formRules.emailedCode,
    },
  });

  const goToLogin = () =>
    navigate({
      to: '/login',
      search: { email: form.values.email, registered: search.registered, joining: search.joining },
    });

  const verify = useMutation({
    mutationFn: (values: typeof form.values) => unwrap(api.POST('/api/auth/verify-email', { body: values })),
    onSuccess: async () => {
      notifySuccess('Email verified. Log in to continue.');
      await goToLogin();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && error.fields.length === 0) {
        form.setFieldError('code', error.message);
      } else {
        showServerErrors(form, error);
      }
    },
  });

  const resend = async () => {
    const answer = await unwrap(api.POST('/api/auth/resend-code', { body: { email: form.values.email } }));
    return answer.message;
  };

  return (
    <AuthFrame
      title="Verify your email"
      subtitle={
        search.email ? (
          <>
            Enter the 6-digit code we emailed to <b>{search.email}</b>. A code is valid for 10 minutes.
          </>
        ) : (
          'Enter your email and the 6-digit code we sent you.'
        )
      }
      footer={
        <AnchorLink to="/login" size="sm">
          Back to log in
        </AnchorLink>
      }
    >
      <form onSubmit={form.onSubmit((values) => verify.mutate(values))} noValidate>
        <Stack gap="md">
          {search.joining && (
            <Alert variant="light" icon={<IconMailCheck size={18} />} title={`Asking to join ${search.joining}`}>
              New to Mini ERP? Enter the code from the email. Already have an account? You need no code:{' '}
              <Anchor component="button" type="button" size="sm" onClick={goToLogin}>
                log in
              </Anchor>
              ; the email tells you how your request went.
            </Alert>
          )}
          {!search.email && <EmailInput {...form.getInputProps('email')} />}
          <Input.Wrapper label="Verification code" error={form.errors.code}>
            <PinInput
              length={6}
              type="number"
              oneTimeCode
              autoFocus
              ariaLabel="Verification code digit"
              error={Boolean(form.errors.code)}
              value={form.values.code}
              onChange={(value) => form.setFieldValue('code', value)}
              mt={4}
            />
          </Input.Wrapper>
          <Button type="submit" loading={verify.isPending} fullWidth>
            Verify email
          </Button>
          <Group justify="center" gap={4}>
            <Text size="sm" c="dimmed">
              No email?
            </Text>
            <ResendCodeButton send={resend} />
          </Group>
        </Stack>
      </form>
    </AuthFrame>
  );
}
