import { Button, Group, PasswordInput, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import { CompanyProfileFields, companyDefaults } from '../company/index.ts';
import { AuthFrame } from './AuthFrame.tsx';

export function RegisterCompanyPage() {
  const { t } = useTranslation(['onboarding', 'ui']);
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const form = useForm({
    initialValues: {
      company: { name: '', domain: '', ...companyDefaults },
      owner: { name: '', email: '', password: '' },
    },
    validate: (values) =>
      step === 0
        ? { 'company.name': formRules.filled(t('register.companyNameWhat'))(values.company.name) }
        : {
            'owner.name': formRules.filled(t('yourNameWhat'))(values.owner.name),
            'owner.email': formRules.email(values.owner.email),
            'owner.password': formRules.newPassword(values.owner.password),
          },
  });

  const register = useMutation({
    mutationFn: ({ company, owner }: typeof form.values) =>
      unwrap(
        api.POST('/api/auth/register-company', {
          body: { company: { ...company, domain: company.domain.trim() || undefined }, owner },
        }),
      ),
    onSuccess: (_answer, values) => {
      form.resetDirty();
      return navigate({ to: '/verify-email', search: { email: values.owner.email, registered: values.company.name } });
    },
    onError: (error) => {
      const placed = showServerErrors(form, error);
      if (placed.some((path) => path.startsWith('company.'))) setStep(0);
    },
  });

  const submit = form.onSubmit((values) => {
    if (step === 0) setStep(1);
    else register.mutate(values);
  });

  return (
    <AuthFrame
      title={t('register.title')}
      subtitle={t('register.subtitle')}
      width={520}
      footer={
        <Text size="sm" c="dimmed">
          <Trans t={t} i18nKey="register.already" components={{ login: <AnchorLink to="/login" /> }} />
        </Text>
      }
    >
      <form onSubmit={submit} noValidate>
        <UnsavedChangesGuard form={form} />
        <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false} onStepClick={setStep}>
          <Stepper.Step label={t('register.companyStep')} description={t('register.companyStepHint')}>
            <Stack gap="sm" mt="md">
              <CompanyProfileFields form={form} prefix="company." />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('register.ownerStep')} description={t('register.ownerStepHint')}>
            <Stack gap="sm" mt="md">
              <TextInput
                label={t('yourName')}
                autoComplete="name"
                required
                maxLength={200}
                {...form.getInputProps('owner.name')}
              />
              <TextInput
                label={t('register.workEmail')}
                type="email"
                autoComplete="email"
                required
                description={t('register.workEmailHint')}
                maxLength={254}
                {...form.getInputProps('owner.email')}
              />
              <PasswordInput
                label={t('password')}
                autoComplete="new-password"
                required
                description={t('register.passwordHint')}
                {...form.getInputProps('owner.password')}
              />
            </Stack>
          </Stepper.Step>
        </Stepper>
        <Group justify={step === 0 ? 'flex-end' : 'space-between'}>
          {step === 1 && (
            <Button variant="default" onClick={() => setStep(0)}>
              {t('ui:actions.back')}
            </Button>
          )}
          <Button type="submit" loading={register.isPending}>
            {step === 0 ? t('register.next') : t('register.create')}
          </Button>
        </Group>
      </form>
    </AuthFrame>
  );
}
