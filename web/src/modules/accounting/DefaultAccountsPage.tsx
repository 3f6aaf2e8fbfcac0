import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useCan } from '../../app/me.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { AccountSelect } from '../../ui/pickers/index.ts';
import { type Purpose, useDefaultAccounts, useUpdateDefaultAccounts } from './accounting-api.ts';
import { purposeLabels } from './labels.ts';

/** Which account each automatic posting uses; a change applies to postings from now on. */
export function DefaultAccountsPage() {
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
          notifySuccess('Default accounts saved; new postings use them');
        },
        onError: (error) => notifyError(error, 'Could not save the default accounts'),
      },
    );

  return (
    <>
      <PageHeader
        title="Default accounts"
        description="The account each automatic posting uses (receipts, deliveries, invoices, payments…). Changes apply to new postings; posted entries stay where they are."
        actions={
          canManage && (
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={changed.length === 0}
              loading={save.isPending}
              onClick={submit}
            >
              Save changes
            </Button>
          )
        }
      />
      <Paper withBorder>
        <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="35%">Posting purpose</Table.Th>
              <Table.Th>Account</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {defaults.data.map((d) => (
              <Table.Tr key={d.purpose} data-testid="default-account">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {purposeLabels[d.purpose]}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {d.purpose}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <AccountSelect
                      aria-label={purposeLabels[d.purpose]}
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
