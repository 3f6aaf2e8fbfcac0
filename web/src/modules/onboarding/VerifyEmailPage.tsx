import { Alert, Anchor, Button, Group, Input, PinInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
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

const route = getRouteApi('/verify-email');

export function VerifyEmailPage() {
  const { t } = useTranslation('onboarding');
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
      notifySuccess(t('verify.verified'));
      await goToLogin();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && error.fields.length === 0) {
        form.setFieldError('code', errorMessage(error));
      } else {
        showServerErrors(form, error);
      }
    },
  });

  const resend = async () => {
    await unwrap(api.POST('/api/auth/resend-code', { body: { email: form.values.email } }));
    return t('verify.newCodeSent');
  };

  return (
    <AuthFrame
      title={t('verify.title')}
      subtitle={
        search.email ? (
          <Trans t={t} i18nKey="verify.subtitleWithEmail" values={{ email: search.email }} components={{ b: <b /> }} />
        ) : (
          t('verify.subtitle')
        )
      }
      footer={
        <AnchorLink to="/login" size="sm">
          {t('backToLogin')}
        </AnchorLink>
      }
    >
      <form onSubmit={form.onSubmit((values) => verify.mutate(values))} noValidate>
        <Stack gap="md">
          {search.joining && (
            <Alert
              variant="light"
              icon={<IconMailCheck size={18} />}
              title={t('verify.joiningTitle', { company: search.joining })}
            >
              <Trans
                t={t}
                i18nKey="verify.joining"
                components={{ login: <Anchor component="button" type="button" size="sm" onClick={goToLogin} /> }}
              />
            </Alert>
          )}
          {!search.email && <EmailInput {...form.getInputProps('email')} />}
          <Input.Wrapper label={t('verify.code')} error={form.errors.code}>
            <PinInput
              length={6}
              type="number"
              oneTimeCode
              autoFocus
              ariaLabel={t('verify.codeDigit')}
              error={Boolean(form.errors.code)}
              value={form.values.code}
              onChange={(value) => form.setFieldValue('code', value)}
              mt={4}
            />
          </Input.Wrapper>
          <Button type="submit" loading={verify.isPending} fullWidth>
            {t('verify.submit')}
          </Button>
          <Group justify="center" gap={4}>
            <Text size="sm" c="dimmed">
              {t('verify.noEmail')}
            </Text>
            <ResendCodeButton send={resend} />
          </Group>
        </Stack>
      </form>
    </AuthFrame>
  );
}
