import { Select } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useActiveCompany } from '../../app/me.ts';
import { compareDecimals, isDecimalText, subtractDecimals } from '../../ui/decimal.ts';
import { numberProblem } from '../../ui/form-rules.ts';
import { formatQuantity, todayIn } from '../../ui/format.ts';
import { NotTracked } from '../../ui/lines/index.ts';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { type OrderLine, type OrderModalProps, PickModal, PickOrderLines } from './pick-order-lines.tsx';
import { type ReturnInput, type SalesOrder, useReturnSalesOrder } from './sales-api.ts';

type Condition = ReturnInput['lines'][number]['condition'];

const conditions: NonNullable<Condition>[] = ['good', 'damaged', 'defective'];

interface LineReturn {
  quantity: string;
  condition: NonNullable<Condition>;
  lotId: string | null;
}

const returnableOf = (line: OrderLine) => subtractDecimals(line.deliveredQuantity, line.returnedQuantity);

/** The lots and serials that left with the order's deliveries, per product. */
function useDeliveredLots(order: SalesOrder) {
  const deliveries = order.stockOperations.filter((o) => o.type === 'delivery');
  const details = useQueries({
    queries: deliveries.map((d) => ({
      queryKey: ['inventory', 'operations', 'detail', d.id],
      queryFn: () => unwrap(api.GET('/api/inventory/operations/{id}', { params: { path: { id: d.id } } })),
    })),
  });
  const lots = new Map<string, { value: string; label: string }[]>();
  for (const line of details.flatMap((d) => d.data?.lines ?? [])) {
    if (!line.lotId) continue;
    const known = lots.get(line.productId) ?? [];
    if (!known.some((l) => l.value === line.lotId)) known.push({ value: line.lotId, label: line.lotNumber ?? '?' });
    lots.set(line.productId, known);
  }
  return lots;
}

function problemOf(
  t: TFunction<'sales'>,
  entry: LineReturn,
  returnable: string,
  needsLot: boolean,
  shownReturnable = returnable,
) {
  const value = entry.quantity.trim();
  const problem = numberProblem(value);
  if (problem || value === '') return problem;
  if (compareDecimals(value, returnable) > 0) return t('returnModal.atMost', { returnable: shownReturnable });
  return needsLot && compareDecimals(value, '0') > 0 && !entry.lotId ? t('returnModal.chooseLot') : null;
}

/** Take delivered goods back: good ones into stock, damaged or defective ones into quarantine. */
export function ReturnOrderModal({ order, opened, onClose }: OrderModalProps) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const goodsBack = useReturnSalesOrder(order.id);
  const lines = order.lines.filter((l) => l.stocked && compareDecimals(returnableOf(l), '0') > 0);
  const deliveredLots = useDeliveredLots(order);
  const [entries, setEntries] = useState<Record<string, LineReturn>>({});
  const [returnDate, setReturnDate] = useState<string | null>(todayIn(company.timezone));
  const [reason, setReason] = useState('');
  const entryOf = (line: OrderLine): LineReturn => entries[line.id] ?? { quantity: '', condition: 'good', lotId: null };
  const change = (line: OrderLine, patch: Partial<LineReturn>) =>
    setEntries((previous) => ({ ...previous, [line.id]: { ...entryOf(line), ...patch } }));
  const conditionOptions = conditions.map((value) => ({ value, label: t(`returnModal.conditions.${value}`) }));
  const needsLot = (line: OrderLine) => (deliveredLots.get(line.productId)?.length ?? 0) > 0;
  const invalid = lines.some((l) => problemOf(t, entryOf(l), returnableOf(l), needsLot(l)) !== null);
  const chosen = lines.filter((l) => {
    const quantity = entryOf(l).quantity.trim();
    return isDecimalText(quantity) && compareDecimals(quantity, '0') > 0;
  });

  const submit = () =>
    goodsBack.mutate(
      {
        returnDate: returnDate ?? undefined,
        reason: reason.trim() || undefined,
        lines: chosen.map((line) => {
          const entry = entryOf(line);
          return {
            lineId: line.id,
            quantity: entry.quantity.trim(),
            condition: entry.condition,
            lotId: entry.lotId ?? undefined,
          };
        }),
      },
      {
        onSuccess: (returned) => {
          notifySuccess(t('returnModal.takenIn', { number: returned.number }));
          onClose();
        },
        onError: (error) => notifyError(error, t('returnModal.failed')),
      },
    );

  return (
    <PickModal
      title={t('returnModal.title', { number: order.number })}
      opened={opened}
      onClose={onClose}
      lines={
        <PickOrderLines
          lines={lines}
          lineTestId="return-line"
          remaining={{ header: t('returnModal.notReturned'), of: returnableOf }}
          quantity={{
            header: t('returnModal.comingBack'),
            label: (line) => t('returnModal.quantityOf', { sku: line.sku }),
            value: (line) => entryOf(line).quantity,
            problem: (line) =>
              problemOf(
                t,
                entryOf(line),
                returnableOf(line),
                needsLot(line),
                formatQuantity(returnableOf(line), company),
              ),
            onChange: (line, quantity) => change(line, { quantity }),
          }}
          columns={[
            {
              header: t('returnModal.condition'),
              width: 210,
              cell: (line) => (
                <Select
                  aria-label={t('returnModal.conditionOf', { sku: line.sku })}
                  size="xs"
                  data={conditionOptions}
                  allowDeselect={false}
                  value={entryOf(line).condition}
                  onChange={(condition) =>
                    change(line, { condition: (condition as LineReturn['condition']) ?? 'good' })
                  }
                />
              ),
            },
            {
              header: t('returnModal.lot'),
              width: 160,
              cell: (line) => {
                const lots = deliveredLots.get(line.productId) ?? [];
                if (lots.length === 0) return <NotTracked />;
                return (
                  <Select
                    aria-label={t('returnModal.lotOf', { sku: line.sku })}
                    size="xs"
                    data={lots}
                    value={entryOf(line).lotId}
                    onChange={(lotId) => change(line, { lotId })}
                  />
                );
              },
            },
          ]}
        />
      }
      date={{ label: t('returnModal.date'), value: returnDate, onChange: setReturnDate }}
      note={{
        label: t('returnModal.reason'),
        placeholder: t('returnModal.reasonPlaceholder'),
        maxLength: 500,
        value: reason,
        onChange: setReason,
      }}
      submit={{
        label: t('returnModal.submit'),
        onClick: submit,
        loading: goodsBack.isPending,
        disabled: invalid || chosen.length === 0,
      }}
    />
  );
}
