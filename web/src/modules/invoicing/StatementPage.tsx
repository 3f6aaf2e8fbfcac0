import { Button, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { IconFileTypePdf, IconListDetails } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DateRangeFilter } from '../../ui/DateRangeFilter.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Figure } from '../../ui/Figure.tsx';
import { formatDay, formatMoney, todayIn } from '../../ui/format.ts';
import { ListTable } from '../../ui/ListTable.tsx';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCustomer } from '../partners/index.ts';
import { downloadStatement, useStatement } from './receivables-api.ts';
import { daysBefore } from './statement-range.ts';

const route = getRouteApi('/shell/customers/$customerId/statement');

/** What the customer owes; a negative balance is their credit with us. */
function balanceText(t: TFunction<'invoicing'>, balance: string, money: (amount: string) => string): string {
  return balance.startsWith('-') ? t('statement.creditBalance', { amount: money(balance.slice(1)) }) : money(balance);
}

export function StatementPage() {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const { customerId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/customers/$customerId/statement' });
  const to = search.to ?? todayIn(company.timezone);
  const from = search.from ?? daysBefore(to, 90);
  const customer = useCustomer(customerId);
  const statement = useStatement(customerId, from, to);
  const money = (amount: string) => formatMoney(amount, company);
  const pdf = useMutation({
    mutationFn: () => downloadStatement(customerId, from, to),
    onError: (error) => notifyError(error, t('statement.pdfFailed')),
  });

  return (
    <>
      <PageHeader
        title={customer.data ? t('statement.titleOf', { name: customer.data.name }) : t('statement.title')}
        description={t('statement.description', { from: formatDay(from, company), to: formatDay(to, company) })}
        actions={
          <>
            <DateRangeFilter
              label={t('statement.period')}
              from={from}
              to={to}
              onChange={(nextFrom, nextTo) =>
                void navigate({ search: { from: nextFrom, to: nextTo }, params: { customerId }, replace: true })
              }
            />
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              loading={pdf.isPending}
              onClick={() => pdf.mutate()}
            >
              {t('statement.pdf')}
            </Button>
          </>
        }
      />
      {statement.error && <ErrorAlert error={statement.error} onRetry={() => void statement.refetch()} />}
      {statement.isPending && <LoadingBlock />}
      {statement.data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mb="md">
            <Figure
              label={t('statement.broughtForward', { day: formatDay(from, company) })}
              value={balanceText(t, statement.data.openingBalance, money)}
              testId="statement-opening"
            />
            <Figure
              label={t('statement.balanceOn', { day: formatDay(to, company) })}
              value={balanceText(t, statement.data.closingBalance, money)}
              testId="statement-closing"
            />
          </SimpleGrid>
          <ListTable
            minWidth={760}
            empty={
              statement.data.lines.length === 0
                ? {
                    icon: <IconListDetails size={24} />,
                    title: t('statement.emptyTitle'),
                    description: t('statement.emptyDescription'),
                  }
                : null
            }
            head={
              <Table.Tr>
                <Table.Th>{t('statement.date')}</Table.Th>
                <Table.Th>{t('statement.document')}</Table.Th>
                <Table.Th>{t('statement.reference')}</Table.Th>
                <Table.Th ta="right">{t('statement.debit')}</Table.Th>
                <Table.Th ta="right">{t('statement.credit')}</Table.Th>
                <Table.Th ta="right">{t('statement.balance')}</Table.Th>
              </Table.Tr>
            }
          >
            {statement.data.lines.map((line) => (
              <Table.Tr key={`${line.kind}-${line.number}`} data-testid="statement-line">
                <Table.Td>{formatDay(line.date, company)}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text span size="sm" ff="monospace">
                      {line.number}
                    </Text>
                    <Text span size="xs" c="dimmed">
                      {t(`statement.kinds.${line.kind}`)}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>{line.reference ?? '—'}</Table.Td>
                <Table.Td ta="right">{line.debit === '0' ? '' : money(line.debit)}</Table.Td>
                <Table.Td ta="right">{line.credit === '0' ? '' : money(line.credit)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {balanceText(t, line.balance, money)}
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        </>
      )}
    </>
  );
}
