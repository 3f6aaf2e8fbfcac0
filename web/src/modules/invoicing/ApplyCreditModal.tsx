import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatMoney } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { AllocationGrid, useAllocations } from './AllocationGrid.tsx';
import { allocationErrors, allocationsOf } from './allocation.ts';
import { useOpenInvoices } from './invoices-api.ts';
import { type Payment, useApplyCredit } from './payments-api.ts';

interface ApplyCreditModalProps {
  payment: Payment;
  onClose: () => void;
}

/** Settles open invoices with the credit left on a payment, oldest due first unless changed. */
export function ApplyCreditModal({ payment, onClose }: ApplyCreditModalProps) {
  const { t } = useTranslation(['invoicing', 'ui']);
  const company = useActiveCompany();
  const open = useOpenInvoices(payment.customerId);
  const invoices = open.data ?? [];
  const allocations = useAllocations(invoices, payment.unallocatedAmount, company.currency);
  const apply = useApplyCredit(payment.id);
  const sent = allocationsOf(invoices, allocations.amounts);

  const submit = () => {
    const problems = allocations.problems();
    allocations.setErrors(problems);
    if (Object.keys(problems).length > 0 || sent.length === 0) return;
    apply.mutate(sent, {
      onSuccess: () => {
        notifySuccess(t('applyCreditModal.applied', { number: payment.number }));
        onClose();
      },
      onError: (error) => {
        const placed = allocationErrors(
          error,
          sent.map((a) => a.invoiceId),
        );
        allocations.setErrors(placed.byInvoice);
        if (placed.rest || placed.general) notifyError(placed.general ? new Error(placed.general) : placed.rest);
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('applyCreditModal.title', { number: payment.number })} size="xl" centered>
      <Stack gap="sm">
        <Text size="sm">
          {t('applyCreditModal.explanation', { amount: formatMoney(payment.unallocatedAmount, company) })}
        </Text>
        {open.error && <ErrorAlert error={open.error} onRetry={() => void open.refetch()} />}
        {open.isPending && <LoadingBlock />}
        {open.data && (
          <AllocationGrid
            invoices={invoices}
            allocations={allocations}
            currency={company.currency}
            leftLabel={t('applyCreditModal.creditLeft')}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('ui:actions.cancel')}
          </Button>
          <Button loading={apply.isPending} disabled={sent.length === 0} onClick={submit}>
            {t('applyCreditModal.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
