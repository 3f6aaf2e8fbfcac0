import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBuilding } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { notifyError } from '../../ui/notify.ts';
import { AuthFrame } from './AuthFrame.tsx';
import { EmailInput } from './EmailInput.tsx';

const route = getRouteApi('/join');
const codePattern = /^[A-Z0-9]{6}$/;

interface FindCompanyStepProps {
  initialCode: string;
  onFound: (code: string, name: string) => void;
}

function FindCompanyStep({ initialCode, onFound }: FindCompanyStepProps) {
  const { t } = useTranslation('onboarding');
  const form = useForm({
    initialValues: { companyCode: initialCode },
    transformValues: (values) => ({ companyCode: values.companyCode.trim().toUpperCase() }),
    validate: {
      companyCode: (v) => (codePattern.test(v.trim().toUpperCase()) ? null : t('join.codeInvalid')),
    },
  });
  const find = useMutation({
    mutationFn: (code: string) => unwrap(api.GET('/api/companies/by-code/{code}', { params: { path: { code } } })),
    onSuccess: (company, code) => onFound(code, company.name),
    onError: (error) => {
      const aboutTheCode = error instanceof ApiError && (error.status === 400 || error.status === 404);
      if (aboutTheCode) form.setFieldError('companyCode', errorMessage(error));
      else notifyError(error);
    },
  });

  return (
    <form onSubmit={form.onSubmit(({ companyCode }) => find.mutate(companyCode))} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('join.code')}
          description={t('join.codeHint')}
          placeholder={t('join.codePlaceholder')}
          maxLength={6}
          autoComplete="off"
          styles={{
            input: { textTransform: 'uppercase', letterSpacing: 3, fontFamily: 'var(--mantine-font-family-monospace)' },
          }}
          {...form.getInputProps('companyCode')}
        />
        <Button type="submit" loading={find.isPending} fullWidth>
          {t('join.find')}
        </Button>
      </Stack>
    </form>
  );
}

interface AccountStepProps {
  companyCode: string;
  companyName: string;
  onChangeCompany: () => void;
}

function AccountStep({ companyCode, companyName, onChangeCompany }: AccountStepProps) {
  const { t } = useTranslation('onboarding');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: '', email: '', password: '' },
    validate: {
      name: formRules.filled(t('yourNameWhat')),
      email: formRules.email,
      password: formRules.newPassword,
    },
  });
  const join = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/auth/join-company', { body: { ...values, companyCode } })),
    // The answer is the same for a new and an existing account (it must not tell who has one):
    // the verify page explains both next steps, and the email says which one applies.
    onSuccess: async (result, values) => {
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      await navigate({ to: '/verify-email', search: { email: values.email, joining: result.company.name } });
    },
    onError: (error) => {
      // Wrong passwords for an existing account count against its sign-in limit.
      if (error instanceof ApiError && error.code === 'too_many_requests')
        form.setFieldError('password', errorMessage(error));
      else showServerErrors(form, error);
    },
  });

  return (
    <Stack gap="md">
      <Alert variant="light" icon={<IconBuilding size={18} />} title={companyName}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm">{t('join.asking')}</Text>
          <Anchor component="button" type="button" size="sm" onClick={onChangeCompany}>
            {t('join.change')}
          </Anchor>
        </Group>
      </Alert>
      <form onSubmit={form.onSubmit((values) => join.mutate(values))} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('yourName')}
            autoComplete="name"
            required
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <EmailInput {...form.getInputProps('email')} />
          <PasswordInput
            label={t('password')}
            autoComplete="new-password"
            required
            description={t('join.passwordHint')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={join.isPending} fullWidth>
            {t('join.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

export function JoinCompanyPage() {
  const { t } = useTranslation('onboarding');
  const search = route.useSearch();
  const [company, setCompany] = useState<{ code: string; name: string } | null>(null);

  const content = company ? (
    <AccountStep companyCode={company.code} companyName={company.name} onChangeCompany={() => setCompany(null)} />
  ) : (
    <FindCompanyStep initialCode={search.code ?? ''} onFound={(code, name) => setCompany({ code, name })} />
  );

  return (
    <AuthFrame
      title={t('join.title')}
      subtitle={t('join.subtitle')}
      footer={
        <Text size="sm" c="dimmed">
          <Trans
            t={t}
            i18nKey="join.footer"
            components={{ register: <AnchorLink to="/register" />, login: <AnchorLink to="/login" /> }}
          />
        </Text>
      }
    >
      {content}
    </AuthFrame>
  );
}
