import { ActionIcon, Badge, Button, Paper, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { AccountFormModal } from './AccountFormModal.tsx';
import { type Account, useAccounts } from './accounting-api.ts';
import { isPurpose } from './labels.ts';

/** Depth of each account in the tree (top-level groups are 0). */
function depths(accounts: Account[]): Map<string, number> {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const depth = new Map<string, number>();
  const of = (a: Account): number => {
    const known = depth.get(a.id);
    if (known !== undefined) return known;
    const parent = a.parentId ? byId.get(a.parentId) : undefined;
    const value = parent ? of(parent) + 1 : 0;
    depth.set(a.id, value);
    return value;
  };
  for (const a of accounts) of(a);
  return depth;
}

/** The chart of accounts as a tree, with the purposes each account serves; create and edit accounts. */
export function ChartOfAccountsPage() {
  const { t } = useTranslation('accounting');
  const accounts = useAccounts();
  const canManage = useCan('accounting.account.manage');
  const canReadReports = useCan('accounting.report.read');
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  if (accounts.error) return <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />;
  if (!accounts.data) return <LoadingBlock />;
  const depth = depths(accounts.data);

  return (
    <>
      <PageHeader
        title={t('chartOfAccounts.title')}
        description={t('chartOfAccounts.description')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('chartOfAccounts.newAccount')}
            </Button>
          )
        }
      />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={5} horizontalSpacing="md" fz="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('chartOfAccounts.account')}</Table.Th>
                <Table.Th>{t('chartOfAccounts.type')}</Table.Th>
                <Table.Th>{t('chartOfAccounts.cashFlow')}</Table.Th>
                <Table.Th>{t('chartOfAccounts.defaultFor')}</Table.Th>
                <Table.Th w={44} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.data.map((a) => (
                <Table.Tr key={a.id} data-testid="account-row" c={a.active ? undefined : 'dimmed'}>
                  <Table.Td style={{ paddingLeft: `calc(var(--mantine-spacing-md) + ${depth.get(a.id)! * 20}px)` }}>
                    <Text span ff="monospace" fw={a.isGroup ? 700 : 500} mr="sm">
                      {a.code}
                    </Text>
                    {!a.isGroup && canReadReports ? (
                      <AnchorLink to="/accounting/reports/general-ledger" search={{ accountId: a.id }} fz="sm">
                        {a.name}
                      </AnchorLink>
                    ) : (
                      <Text span fw={a.isGroup ? 700 : undefined}>
                        {a.name}
                      </Text>
                    )}
                    {!a.active && (
                      <Badge ml="xs" size="xs" color="gray" variant="light">
                        {t('chartOfAccounts.inactive')}
                      </Badge>
                    )}
                    {a.normalSide !== (a.type === 'asset' || a.type === 'expense' ? 'debit' : 'credit') && (
                      <Badge ml="xs" size="xs" color="grape" variant="light">
                        {t('chartOfAccounts.contra')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`accountType.${a.type}`)}</Table.Td>
                  <Table.Td>{a.cashFlowActivity ? t(`cashFlowActivity.${a.cashFlowActivity}`) : ''}</Table.Td>
                  <Table.Td>
                    {a.purposes.map((p) => (
                      <Badge key={p} size="xs" variant="light" mr={4}>
                        {isPurpose(p) ? t(`purpose.${p}`) : p}
                      </Badge>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {canManage && (
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('chartOfAccounts.edit', { code: a.code })}
                        onClick={() => setEditing(a)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {editing && (
        <AccountFormModal
          key={editing === 'new' ? 'new' : editing.id}
          account={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
