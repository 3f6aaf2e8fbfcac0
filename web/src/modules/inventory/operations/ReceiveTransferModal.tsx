import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { DecimalInput } from '../../../ui/DecimalInput.tsx';
import { compareDecimals, isDecimalText, subtractDecimals } from '../../../ui/decimal.ts';
import { numberProblem } from '../../../ui/form-rules.ts';
import { formatQuantity } from '../../../ui/format.ts';
import { notifyError, notifySuccess } from '../../../ui/notify.ts';
import { type StockOperation, useReceiveTransfer } from '../operations-api.ts';

interface ReceiveTransferModalProps {
  transfer: StockOperation;
  opened: boolean;
  onClose: () => void;
}

/** The receiving warehouse takes in what arrived: all that is still on its way, or less per line. */
export function ReceiveTransferModal({ transfer, opened, onClose }: ReceiveTransferModalProps) {
  const { t } = useTranslation(['inventory', 'ui']);
  const company = useActiveCompany();
  const receive = useReceiveTransfer(transfer.id);
  const open = transfer.lines
    .map((line) => ({ line, open: subtractDecimals(line.quantity, line.quantityReceived) }))
    .filter(({ open }) => compareDecimals(open, '0') > 0);
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(open.map(({ line, open }) => [line.id, open])),
  );
  const problemOf = (lineId: string, openQuantity: string) => {
    const value = (quantities[lineId] ?? '').trim();
    const problem = numberProblem(value);
    if (problem || value === '') return problem;
    return compareDecimals(value, openQuantity) > 0
      ? t('receiveTransfer.atMost', { quantity: formatQuantity(openQuantity, company) })
      : null;
  };
  const lines = open
    .map(({ line }) => ({ lineId: line.id, quantity: (quantities[line.id] ?? '').trim() }))
    .filter((l) => l.quantity !== '' && isDecimalText(l.quantity) && compareDecimals(l.quantity, '0') > 0);
  const invalid = open.some(({ line, open: o }) => problemOf(line.id, o) !== null);

  const submit = () =>
    receive.mutate(lines, {
      onSuccess: (next) => {
        notifySuccess(
          next.state === 'done'
            ? t('receiveTransfer.receivedInFull', { number: transfer.number })
            : t('receiveTransfer.partlyReceived', { number: transfer.number }),
        );
        onClose();
      },
      onError: (error) => notifyError(error, t('receiveTransfer.failed')),
    });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('receiveTransfer.title', { number: transfer.number, location: transfer.toLocation })}
      size="lg"
      centered
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('receiveTransfer.intro')}
        </Text>
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.product')}</Table.Th>
              <Table.Th ta="right">{t('receiveTransfer.stillOnItsWay')}</Table.Th>
              <Table.Th w={140}>{t('receiveTransfer.receivedNow')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {open.map(({ line, open: openQuantity }) => (
              <Table.Tr key={line.id} data-testid="receive-line">
                <Table.Td>
                  <Text size="sm" ff="monospace" fw={600}>
                    {line.sku}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {line.productName}
                    {line.lotNumber && ` · ${line.lotNumber}`}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatQuantity(openQuantity, company)}</Table.Td>
                <Table.Td>
                  <DecimalInput
                    aria-label={t('receiveTransfer.receivedQuantityOf', { sku: line.sku })}
                    size="xs"
                    value={quantities[line.id] ?? ''}
                    error={problemOf(line.id, openQuantity)}
                    onChange={(value) => setQuantities((previous) => ({ ...previous, [line.id]: value }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('ui:actions.cancel')}
          </Button>
          <Button onClick={submit} loading={receive.isPending} disabled={invalid || lines.length === 0}>
            {t('receiveTransfer.receive')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
