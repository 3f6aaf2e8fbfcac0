import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowsSort } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { compareDecimals, isDecimalText, subtractDecimals, sumDecimals } from '../../ui/decimal.ts';
import { formatDay, formatMoney, todayIn } from '../../ui/format.ts';
import { currencyDecimals } from '../../ui/number-text.ts';
import { type Amounts, allocationProblem, allocationsOf, fillOldestFirst } from './allocation.ts';
import type { InvoiceSummary } from './invoices-api.ts';

/**
 * The amounts a payment settles per open invoice: proposed oldest due first from the money at
 * hand, until the user types their own; a new amount proposes again.
 */
export function useAllocations(invoices: InvoiceSummary[], available: string, currency: string, first?: string) {
  const { t } = useTranslation('invoicing');
  const [typed, setTyped] = useState<{ basis: string; amounts: Amounts } | null>(null);
  // Typed amounts hold while the money and the invoices are the same; a change proposes again.
  const basis = `${available}|${invoices.map((i) => `${i.id}:${i.amountDue}`).join(',')}`;
  const amounts = typed && typed.basis === basis ? typed.amounts : fillOldestFirst(invoices, available, first);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const total = sumDecimals(allocationsOf(invoices, amounts).map((a) => a.amount));
  const left = isDecimalText(available) ? subtractDecimals(available.trim(), total) : null;
  return {
    amounts,
    total,
    /** What stays as the customer's credit; negative when more is allocated than paid. */
    left,
    errors,
    setErrors,
    change: (invoiceId: string, amount: string) => {
      setTyped({ basis, amounts: { ...amounts, [invoiceId]: amount } });
      setErrors(({ [invoiceId]: _, ...rest }) => rest);
    },
    proposeAgain: () => {
      setTyped(null);
      setErrors({});
    },
    problems: () =>
      Object.fromEntries(
        invoices.flatMap((invoice) => {
          const problem = allocationProblem(t, amounts[invoice.id], invoice.amountDue, currencyDecimals(currency));
          return problem ? [[invoice.id, problem]] : [];
        }),
      ) as Record<string, string>,
  };
}

export type Allocations = ReturnType<typeof useAllocations>;

interface AllocationGridProps {
  invoices: InvoiceSummary[];
  allocations: Allocations;
  currency: string;
  /** What the left-over amount is called: credit kept on a new payment, credit still unused on an old one. */
  leftLabel: string;
}

/** The customer's open invoices, oldest due first, with how much of the payment goes to each. */
export function AllocationGrid({ invoices, allocations, currency, leftLabel }: AllocationGridProps) {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const today = todayIn(company.timezone);
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency });
  const overAllocated = allocations.left !== null && compareDecimals(allocations.left, '0') < 0;
  if (invoices.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="sm" data-testid="no-open-invoices">
        {t('allocationGrid.noOpenInvoice')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={680}>
        <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" style={{ verticalAlign: 'top' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('allocationGrid.invoice')}</Table.Th>
              <Table.Th>{t('allocationGrid.due')}</Table.Th>
              <Table.Th ta="right">{t('allocationGrid.total')}</Table.Th>
              <Table.Th ta="right">{t('allocationGrid.stillDue')}</Table.Th>
              <Table.Th w={170} ta="right">
                {t('allocationGrid.allocate')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.map((invoice) => (
              <Table.Tr key={invoice.id} data-testid="allocation-row">
                <Table.Td>
                  <AnchorLink
                    to="/invoices/$invoiceId"
                    params={{ invoiceId: invoice.id }}
                    ff="monospace"
                    fz="sm"
                    target="_blank"
                  >
                    {invoice.number}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {formatDay(invoice.invoiceDate, company)}
                  </Text>
                </Table.Td>
                <Table.Td c={invoice.dueDate < today ? 'red' : undefined}>
                  {formatDay(invoice.dueDate, company)}
                </Table.Td>
                <Table.Td ta="right">{money(invoice.total)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {money(invoice.amountDue)}
                </Table.Td>
                <Table.Td>
                  <DecimalInput
                    aria-label={t('allocationGrid.allocateTo', { number: invoice.number })}
                    kind="money"
                    size="xs"
                    placeholder="0"
                    styles={{ input: { textAlign: 'right' } }}
                    value={allocations.amounts[invoice.id] ?? ''}
                    error={allocations.errors[invoice.id]}
                    onChange={(amount) => allocations.change(invoice.id, amount)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" align="flex-start">
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconArrowsSort size={14} />}
          onClick={allocations.proposeAgain}
        >
          {t('allocationGrid.oldestFirst')}
        </Button>
        <Stack gap={2} w={300}>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('allocationGrid.allocated')}
            </Text>
            <Text size="sm" fw={600} data-testid="allocated-total">
              {money(allocations.total)}
            </Text>
          </Group>
          <Group justify="space-between">
            <Text size="sm" c={overAllocated ? 'red' : 'dimmed'}>
              {overAllocated ? t('allocationGrid.overAllocated') : leftLabel}
            </Text>
            <Text size="sm" fw={600} c={overAllocated ? 'red' : undefined} data-testid="left-as-credit">
              {allocations.left === null ? '—' : money(overAllocated ? allocations.left.slice(1) : allocations.left)}
            </Text>
          </Group>
        </Stack>
      </Group>
    </Stack>
  );
}
