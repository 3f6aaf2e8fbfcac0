import { Checkbox, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { compareDecimals, isDecimalText, subtractDecimals, sumDecimals } from '../../ui/decimal.ts';
import { numberProblem } from '../../ui/form-rules.ts';
import { formatDay, formatQuantity, todayIn } from '../../ui/format.ts';
import { NotTracked } from '../../ui/lines/index.ts';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { useLots, useProductById } from '../inventory/index.ts';
import { type OrderLine, type OrderModalProps, PickModal, PickOrderLines } from './pick-order-lines.tsx';
import { useDeliverSalesOrder } from './sales-api.ts';

interface LinePlan {
  quantity: string;
  /** Lots named by hand; otherwise the reserved ones go, earliest expiry first. */
  pickLots: boolean;
  lots: Record<string, string>;
}

const openOf = (line: OrderLine) => subtractDecimals(line.quantity, line.deliveredQuantity);
const hasQuantity = (value: string) => isDecimalText(value) && compareDecimals(value.trim(), '0') > 0;

function quantityProblem(t: TFunction<'sales'>, plan: LinePlan, open: string, shownOpen = open): string | null {
  const value = plan.quantity.trim();
  const problem = numberProblem(value);
  if (problem || value === '') return problem;
  if (compareDecimals(value, open) > 0) return t('deliverModal.atMost', { open: shownOpen });
  if (!plan.pickLots || !hasQuantity(value)) return null;
  if (Object.values(plan.lots).some((lot) => numberProblem(lot))) return t('deliverModal.fixLots');
  const picked = sumDecimals(Object.values(plan.lots).filter(hasQuantity));
  return compareDecimals(picked, value) === 0 ? null : t('deliverModal.lotsAddUpTo', { picked });
}

/** The product's lots at the reservation's location, earliest expiry first, to name by hand. */
function LotPicks({
  line,
  locationId,
  plan,
  onChange,
}: {
  line: OrderLine;
  locationId: string | undefined;
  plan: LinePlan;
  onChange: (lots: Record<string, string>) => void;
}) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const lots = useLots(line.productId, locationId);
  if (!lots.data) return null;
  if (lots.data.length === 0) return <Text size="xs">{t('deliverModal.noLots')}</Text>;
  return (
    <Stack gap={4}>
      {lots.data.map((lot) =>
        lot.isSerial ? (
          <Checkbox
            key={lot.lotId}
            size="xs"
            label={lot.number}
            checked={plan.lots[lot.lotId] === '1'}
            onChange={(event) => onChange({ ...plan.lots, [lot.lotId]: event.currentTarget.checked ? '1' : '' })}
          />
        ) : (
          <Group key={lot.lotId} gap="xs" wrap="nowrap">
            <DecimalInput
              aria-label={t('deliverModal.lotQuantity', { number: lot.number })}
              size="xs"
              w={80}
              value={plan.lots[lot.lotId] ?? ''}
              error={numberProblem(plan.lots[lot.lotId] ?? '')}
              onChange={(quantity) => onChange({ ...plan.lots, [lot.lotId]: quantity })}
            />
            <Text size="xs">
              <Text span ff="monospace" fw={600} size="xs">
                {lot.number}
              </Text>
              {lot.expiryDate && ` · ${t('deliverModal.lotExpiry', { date: formatDay(lot.expiryDate, company) })}`} ·{' '}
              {t('deliverModal.lotOnHand', { quantity: formatQuantity(lot.onHand, company) })}
            </Text>
          </Group>
        ),
      )}
    </Stack>
  );
}

/** Whether to name a tracked line's lots by hand, and which. */
function DeliveryLots({
  line,
  plan,
  locationId,
  onChange,
}: {
  line: OrderLine;
  plan: LinePlan;
  locationId: string | undefined;
  onChange: (plan: LinePlan) => void;
}) {
  const { t } = useTranslation('sales');
  const product = useProductById(line.productId);
  if (!product.data || product.data.tracking === 'none') return <NotTracked />;
  return (
    <Stack gap={6}>
      <Checkbox
        size="xs"
        label={product.data.tracking === 'serial' ? t('deliverModal.chooseSerials') : t('deliverModal.chooseLots')}
        description={plan.pickLots ? undefined : t('deliverModal.reservedOtherwise')}
        checked={plan.pickLots}
        onChange={(event) => onChange({ ...plan, pickLots: event.currentTarget.checked })}
      />
      {plan.pickLots && (
        <LotPicks line={line} locationId={locationId} plan={plan} onChange={(lots) => onChange({ ...plan, lots })} />
      )}
    </Stack>
  );
}

/** Ship all or part of what is still open, from the order's reservation. */
export function DeliverOrderModal({ order, opened, onClose }: OrderModalProps) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const deliver = useDeliverSalesOrder(order.id);
  const open = order.lines.filter((l) => l.stocked && compareDecimals(openOf(l), '0') > 0);
  const [plans, setPlans] = useState<Record<string, LinePlan>>(() =>
    Object.fromEntries(open.map((l) => [l.id, { quantity: openOf(l), pickLots: false, lots: {} }])),
  );
  const [deliveryDate, setDeliveryDate] = useState<string | null>(todayIn(company.timezone));
  const [notes, setNotes] = useState('');
  const planOf = (line: OrderLine) => plans[line.id] ?? { quantity: '', pickLots: false, lots: {} };
  const invalid = open.some((l) => quantityProblem(t, planOf(l), openOf(l)) !== null);
  const chosen = open.filter((l) => hasQuantity(planOf(l).quantity));

  const submit = () =>
    deliver.mutate(
      {
        deliveryDate: deliveryDate ?? undefined,
        notes: notes.trim() || undefined,
        lines: chosen.map((line) => {
          const plan = planOf(line);
          const lots = Object.entries(plan.lots)
            .filter(([, quantity]) => hasQuantity(quantity))
            .map(([lotId, quantity]) => ({ lotId, quantity: quantity.trim() }));
          return { lineId: line.id, quantity: plan.quantity.trim(), lots: plan.pickLots ? lots : undefined };
        }),
      },
      {
        onSuccess: (delivery) => {
          notifySuccess(
            delivery.orderState === 'delivered'
              ? t('deliverModal.deliveredInFull', { order: order.number, delivery: delivery.number })
              : t('deliverModal.partlyDelivered', { order: order.number, delivery: delivery.number }),
          );
          onClose();
        },
        onError: (error) => notifyError(error, t('deliverModal.failed')),
      },
    );

  const change = (line: OrderLine, plan: LinePlan) => setPlans((previous) => ({ ...previous, [line.id]: plan }));

  return (
    <PickModal
      title={t('deliverModal.title', { number: order.number })}
      opened={opened}
      onClose={onClose}
      intro={
        <Text size="sm" c="dimmed">
          {t('deliverModal.intro')}
        </Text>
      }
      lines={
        <PickOrderLines
          lines={open}
          lineTestId="delivery-line"
          remaining={{ header: t('deliverModal.stillToDeliver'), of: openOf }}
          quantity={{
            header: t('deliverModal.deliverNow'),
            label: (line) => t('deliverModal.quantityOf', { sku: line.sku }),
            value: (line) => planOf(line).quantity,
            problem: (line) => quantityProblem(t, planOf(line), openOf(line), formatQuantity(openOf(line), company)),
            onChange: (line, quantity) => change(line, { ...planOf(line), quantity }),
          }}
          columns={[
            {
              header: t('deliverModal.lots'),
              width: 320,
              cell: (line) => (
                <DeliveryLots
                  line={line}
                  plan={planOf(line)}
                  locationId={order.reservations.find((r) => r.productId === line.productId)?.locationId}
                  onChange={(plan) => change(line, plan)}
                />
              ),
            },
          ]}
        />
      }
      date={{ label: t('deliverModal.date'), value: deliveryDate, onChange: setDeliveryDate }}
      note={{ label: t('deliverModal.notes'), maxLength: 1000, value: notes, onChange: setNotes }}
      submit={{
        label: t('deliverModal.submit'),
        onClick: submit,
        loading: deliver.isPending,
        disabled: invalid || chosen.length === 0,
      }}
    />
  );
}
