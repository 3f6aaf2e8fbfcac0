import { Button, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { IconFileTypePdf, IconListDetails } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useActiveCompany } from '../../app/me.ts';
import { DateRangeFilter } from '../../ui/DateRangeFilter.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Figure } from '../../ui/Figure.tsx';
import { formatDay, formatMoney, todayIn } from '../../ui/format.ts';
import { ListTable } from '../../ui/ListTable.tsx';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCustomer } from '../partners/customers-api.ts';
import { downloadStatement, type Statement, useStatement } from './receivables-api.ts';
import { daysBefore } from './statement-range.ts';

const route = getRouteApi('/shell/customers/$customerId/statement');

const kindLabels: Record<Statement['lines'][number]['kind'], string> = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  payment: 'Payment',
};

/** What the customer owes; a negative balance is their credit with us. */
function balanceText(balance: string, money: (amount: string) => string): string {
  return balance.startsWith('-') ? `${money(balance.slice(1))} credit` : money(balance);
}

export function StatementPage() {
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
    onError: (error) => notifyError(error, 'Could not make the PDF'),
  });

  return (
    <>
      <PageHeader
        title={customer.data ? `Statement — ${customer.data.name}` : 'Customer statement'}
        description={`Invoices, credit notes and payments from ${formatDay(from, company)} to ${formatDay(to, company)}, with the running balance.`}
        actions={
          <>
            <DateRangeFilter
              label="Period"
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
              PDF
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
              label={`Brought forward on ${formatDay(from, company)}`}
              value={balanceText(statement.data.openingBalance, money)}
              testId="statement-opening"
            />
            <Figure
              label={`Balance on ${formatDay(to, company)}`}
              value={balanceText(statement.data.closingBalance, money)}
              testId="statement-closing"
            />
          </SimpleGrid>
          <ListTable
            minWidth={760}
            empty={
              statement.data.lines.length === 0
                ? {
                    icon: <IconListDetails size={24} />,
                    title: 'Nothing in this period',
                    description: 'No invoice, credit note or payment between these dates.',
                  }
                : null
            }
            head={
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Document</Table.Th>
                <Table.Th>Reference</Table.Th>
                <Table.Th ta="right">Debit</Table.Th>
                <Table.Th ta="right">Credit</Table.Th>
                <Table.Th ta="right">Balance</Table.Th>
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
                      {kindLabels[line.kind]}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>{line.reference ?? '—'}</Table.Td>
                <Table.Td ta="right">{line.debit === '0' ? '' : money(line.debit)}</Table.Td>
                <Table.Td ta="right">{line.credit === '0' ? '' : money(line.credit)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {balanceText(line.balance, money)}
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        </>
      )}
    </>
  );
}
