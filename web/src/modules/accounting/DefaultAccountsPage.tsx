import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/me.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { AccountSelect } from '../../ui/pickers/index.ts';
import { type Purpose, useDefaultAccounts, useUpdateDefaultAccounts } from './accounting-api.ts';

/** Which account each automatic posting uses; a change applies to postings from now on. */
export function DefaultAccountsPage() {
  const { t } = useTranslation('accounting');
  const defaults = useDefaultAccounts();
  const save = useUpdateDefaultAccounts();
  const canManage = useCan('accounting.account.manage');
  const [changes, setChanges] = useState<Partial<Record<Purpose, string>>>({});
  if (defaults.error) return <ErrorAlert error={defaults.error} onRetry={() => void defaults.refetch()} />;
  if (!defaults.data) return <LoadingBlock />;
  const changed = Object.entries(changes).filter(
    ([purpose, accountId]) => defaults.data.find((d) => d.purpose === purpose)?.accountId !== accountId,
  ) as Array<[Purpose, string]>;

  const submit = () =>
    save.mutate(
      changed.map(([purpose, accountId]) => ({ purpose, accountId })),
      {
        onSuccess: () => {
          setChanges({});
          notifySuccess(t('defaultAccounts.saved'));
        },
        onError: (error) => notifyError(error, t('defaultAccounts.saveFailed')),
      },
    );

  return (
    <>
      <PageHeader
        title={t('defaultAccounts.title')}
        description={t('defaultAccounts.description')}
        actions={
          canManage && (
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={changed.length === 0}
              loading={save.isPending}
              onClick={submit}
            >
              {t('defaultAccounts.saveChanges')}
            </Button>
          )
        }
      />
      <Paper withBorder>
        <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="35%">{t('defaultAccounts.purpose')}</Table.Th>
              <Table.Th>{t('defaultAccounts.account')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {defaults.data.map((d) => (
              <Table.Tr key={d.purpose} data-testid="default-account">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t(`purpose.${d.purpose}`)}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {d.purpose}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <AccountSelect
                      aria-label={t(`purpose.${d.purpose}`)}
                      w={360}
                      size="xs"
                      disabled={!canManage}
                      allowDeselect={false}
                      value={changes[d.purpose] ?? d.accountId}
                      onChange={(accountId) => accountId && setChanges({ ...changes, [d.purpose]: accountId })}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
