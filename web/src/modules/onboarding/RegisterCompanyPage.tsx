import { Button, Group, PasswordInput, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import { CompanyProfileFields } from '../company/CompanyProfileFields.tsx';
import { companyDefaults } from '../company/profile-options.ts';
import { AuthFrame } from './AuthFrame.tsx';

export function RegisterCompanyPage() {
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const form = useForm({
    initialValues: {
      company: { name: '', domain: '', ...companyDefaults },
      owner: { name: '', email: '', password: '' },
    },
    validate: (values) =>
      step === 0
        ? { 'company.name': formRules.filled('the company name')(values.company.name) }
        : {
            'owner.name': formRules.filled('your name')(values.owner.name),
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
      title="Register your company"
      subtitle="Set up your company, then your owner account. Takes a minute."
      width={520}
      footer={
        <Text size="sm" c="dimmed">
          Already registered? <AnchorLink to="/login">Log in</AnchorLink>
        </Text>
      }
    >
      <form onSubmit={submit} noValidate>
        <UnsavedChangesGuard form={form} />
        <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false} onStepClick={setStep}>
          <Stepper.Step label="Company" description="Name and currency">
            <Stack gap="sm" mt="md">
              <CompanyProfileFields form={form} prefix="company." />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Owner" description="Your account">
            <Stack gap="sm" mt="md">
              <TextInput
                label="Your name"
                autoComplete="name"
                required
                maxLength={200}
                {...form.getInputProps('owner.name')}
              />
              <TextInput
                label="Work email"
                type="email"
                autoComplete="email"
                required
                description="We send a code to verify it"
                maxLength={254}
                {...form.getInputProps('owner.email')}
              />
              <PasswordInput
                label="Password"
                autoComplete="new-password"
                required
                description="At least 8 characters"
                {...form.getInputProps('owner.password')}
              />
            </Stack>
          </Stepper.Step>
        </Stepper>
        <Group justify={step === 0 ? 'flex-end' : 'space-between'}>
          {step === 1 && (
            <Button variant="default" onClick={() => setStep(0)}>
              Back
            </Button>
          )}
          <Button type="submit" loading={register.isPending}>
            {step === 0 ? 'Next: owner account' : 'Create company'}
          </Button>
        </Group>
      </form>
    </AuthFrame>
  );
}
