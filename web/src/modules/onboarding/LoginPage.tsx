import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Trans, useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { getActiveCompany, setActiveCompany, startSession } from '../../api/session.ts';
import { chooseCompany } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { AuthFrame } from './AuthFrame.tsx';
import { EmailInput } from './EmailInput.tsx';
import { safeRedirect } from './redirect.ts';

const route = getRouteApi('/login');

function RegisteredNote({ company }: { company: string }) {
  const { t } = useTranslation('onboarding');
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={18} />}
      title={t('login.readyTitle', { company })}
      mb="lg"
    >
      {t('login.ready')}
    </Alert>
  );
}

function JoiningNote({ company }: { company: string }) {
  const { t } = useTranslation('onboarding');
  return (
    <Alert color="yellow" variant="light" icon={<IconHourglass size={18} />} title={t('login.requestSent')} mb="lg">
      {t('login.joining', { company })}
    </Alert>
  );
}

export function LoginPage() {
  const { t } = useTranslation('onboarding');
  const search = route.useSearch();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { email: search.email ?? '', password: '' },
    validate: {
      email: formRules.email,
      password: formRules.password,
    },
  });

  const login = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/auth/login', { body: { ...values, refreshTokenIn: 'cookie' } })),
    onSuccess: async (session) => {
      setActiveCompany(chooseCompany(session.memberships, getActiveCompany()));
      startSession(session.accessToken);
      await navigate({ href: safeRedirect(search.redirect) });
    },
    onError: async (error, values) => {
      if (error instanceof ApiError && error.code === 'email_not_verified') {
        await navigate({ to: '/verify-email', search: { email: values.email, joining: search.joining } });
      } else if (
        error instanceof ApiError &&
        (error.code === 'invalid_credentials' || error.code === 'too_many_requests')
      ) {
        form.setFieldError('password', errorMessage(error));
      } else {
        showServerErrors(form, error);
      }
    },
  });

  return (
    <AuthFrame
      title={t('login.title')}
      subtitle={t('login.subtitle')}
      footer={
        <Text size="sm" c="dimmed">
          <Trans
            t={t}
            i18nKey="login.newHere"
            components={{ register: <AnchorLink to="/register" />, join: <AnchorLink to="/join" /> }}
          />
        </Text>
      }
    >
      {search.registered && <RegisteredNote company={search.registered} />}
      {search.joining && !search.registered && <JoiningNote company={search.joining} />}
      <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
        <Stack gap="sm">
          <EmailInput {...form.getInputProps('email')} />
          <PasswordInput
            label={t('password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <AnchorLink to="/forgot-password" search={{ email: form.values.email || undefined }} size="sm">
              {t('login.forgot')}
            </AnchorLink>
          </Group>
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('logIn')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
