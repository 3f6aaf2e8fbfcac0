import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { numberProblem } from '../../ui/form-rules.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { type PaymentTerm, useSavePaymentTerm } from './payment-terms-api.ts';

interface PaymentTermModalProps {
  /** The term to change; none to add one. */
  term: PaymentTerm | undefined;
  opened: boolean;
  onClose: () => void;
}

const days = (value: string) => numberProblem(value, { decimals: 0, max: '365' });

/** Add or change a payment term: net days, counted from the invoice date or the end of its month, and an early-payment discount. */
export function PaymentTermModal({ term, opened, onClose }: PaymentTermModalProps) {
  const { t } = useTranslation(['partners', 'ui']);
  const save = useSavePaymentTerm(term?.id);
  const form = useForm({
    initialValues: {
      code: term?.code ?? '',
      name: term?.name ?? '',
      days: String(term?.days ?? 30),
      endOfMonth: term?.endOfMonth ?? false,
      discountPercent: term?.discountPercent ?? '',
      discountDays: term?.discountDays === null || term?.discountDays === undefined ? '' : String(term.discountDays),
    },
    validate: {
      code: isNotEmpty(t('paymentTerms.code')),
      name: isNotEmpty(t('paymentTerms.name')),
      days: (value) => (value.trim() === '' ? t('paymentTerms.days') : days(value)),
      discountDays: (value) => (value.trim() === '' ? null : days(value)),
    },
  });
  const submit = form.onSubmit((values) => {
    const discount = values.discountPercent.trim() !== '' && values.discountDays.trim() !== '';
    save.mutate(
      {
        code: values.code.trim(),
        name: values.name.trim(),
        days: Number(values.days),
        endOfMonth: values.endOfMonth,
        discountPercent: discount ? values.discountPercent : null,
        discountDays: discount ? Number(values.discountDays) : null,
      },
      {
        onSuccess: (saved) => {
          notifySuccess(t('paymentTerms.saved', { name: saved.name }));
          onClose();
        },
        onError: (error) => showServerErrors(form, error),
      },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={term ? t('paymentTerms.edit') : t('paymentTerms.add')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label={t('paymentTerms.code')} required maxLength={16} {...form.getInputProps('code')} />
            <DecimalInput label={t('paymentTerms.days')} inputMode="numeric" required {...form.getInputProps('days')} />
          </SimpleGrid>
          <TextInput label={t('paymentTerms.name')} required maxLength={100} {...form.getInputProps('name')} />
          <Checkbox label={t('paymentTerms.endOfMonth')} {...form.getInputProps('endOfMonth', { type: 'checkbox' })} />
          <SimpleGrid cols={2} spacing="sm">
            <DecimalInput
              label={t('paymentTerms.discountPercent')}
              kind="percent"
              {...form.getInputProps('discountPercent')}
            />
            <DecimalInput
              label={t('paymentTerms.discountDays')}
              inputMode="numeric"
              {...form.getInputProps('discountDays')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('paymentTerms.discountHint')}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('paymentTerms.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('paymentTerms.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
