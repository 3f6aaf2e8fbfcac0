import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBuilding } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
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
  const form = useForm({
    initialValues: { companyCode: initialCode },
    transformValues: (values) => ({ companyCode: values.companyCode.trim().toUpperCase() }),
    validate: {
      companyCode: (v) => (codePattern.test(v.trim().toUpperCase()) ? null : 'A company code has 6 letters or digits'),
    },
  });
  const find = useMutation({
    mutationFn: (code: string) => unwrap(api.GET('/api/companies/by-code/{code}', { params: { path: { code } } })),
    onSuccess: (company, code) => onFound(code, company.name),
    onError: (error) => {
      const aboutTheCode = error instanceof ApiError && (error.status === 400 || error.status === 404);
      if (aboutTheCode) form.setFieldError('companyCode', error.message);
      else notifyError(error);
    },
  });

  return (
    <form onSubmit={form.onSubmit(({ companyCode }) => find.mutate(companyCode))} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Company code"
          description="Ask your manager for the 6-character code of your company"
          placeholder="e.g. K7Q2XM"
          maxLength={6}
          autoComplete="off"
          styles={{
            input: { textTransform: 'uppercase', letterSpacing: 3, fontFamily: 'var(--mantine-font-family-monospace)' },
          }}
          {...form.getInputProps('companyCode')}
        />
        <Button type="submit" loading={find.isPending} fullWidth>
          Find company
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
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: '', email: '', password: '' },
    validate: {
      name: formRules.filled('your name'),
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
        form.setFieldError('password', error.message);
      else showServerErrors(form, error);
    },
  });

  return (
    <Stack gap="md">
      <Alert variant="light" icon={<IconBuilding size={18} />} title={companyName}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm">You are asking to join this company.</Text>
          <Anchor component="button" type="button" size="sm" onClick={onChangeCompany}>
            Change
          </Anchor>
        </Group>
      </Alert>
      <form onSubmit={form.onSubmit((values) => join.mutate(values))} noValidate>
        <Stack gap="sm">
          <TextInput label="Your name" autoComplete="name" required maxLength={200} {...form.getInputProps('name')} />
          <EmailInput {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            autoComplete="new-password"
            required
            description="New here? Choose one. Already have an account? Use its password."
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={join.isPending} fullWidth>
            Ask to join
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

export function JoinCompanyPage() {
  const search = route.useSearch();
  const [company, setCompany] = useState<{ code: string; name: string } | null>(null);

  const content = company ? (
    <AccountStep companyCode={company.code} companyName={company.name} onChangeCompany={() => setCompany(null)} />
  ) : (
    <FindCompanyStep initialCode={search.code ?? ''} onFound={(code, name) => setCompany({ code, name })} />
  );

  return (
    <AuthFrame
      title="Join your company"
      subtitle="Enter the code of your company, then create your account. An owner or admin approves your request."
      footer={
        <Text size="sm" c="dimmed">
          Starting a new company? <AnchorLink to="/register">Register it</AnchorLink> ·{' '}
          <AnchorLink to="/login">Log in</AnchorLink>
        </Text>
      }
    >
      {content}
    </AuthFrame>
  );
}
