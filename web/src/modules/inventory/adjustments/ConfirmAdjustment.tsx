import { List, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { showServerErrors } from '../../../ui/form-errors.ts';
import { formatMoney, formatQuantity } from '../../../ui/format.ts';
import { type AdjustmentPreview, previewAdjustment, type StockAdjustmentInput } from '../inventory-api.ts';

interface Asking {
  preview: AdjustmentPreview;
  proceed: () => void;
}

/**
 * Before an adjustment posts, the server previews it and the user is told what it books: each
 * changed quantity and the value that goes to (or comes from) inventory loss.
 */
export function useAdjustmentConfirmation<V extends object>(form: UseFormReturnType<V>, posting: boolean) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [checking, setChecking] = useState(false);

  const review = (input: StockAdjustmentInput, proceed: () => void) => {
    setChecking(true);
    previewAdjustment(input)
      .then((preview) => setAsking({ preview, proceed }))
      .catch((error: unknown) => showServerErrors(form, error))
      .finally(() => setChecking(false));
  };

  const total = asking ? Number(asking.preview.total) : 0;
  const amount = asking ? formatMoney(asking.preview.total.replace(/^-/, ''), company) : '';
  const effect = total < 0 ? 'loss' : total > 0 ? 'gain' : 'none';
  const dialog: ReactNode = (
    <ConfirmDialog
      opened={asking !== null}
      title={t('adjustmentConfirm.title')}
      confirmLabel={t('adjustmentConfirm.post')}
      loading={posting}
      onConfirm={() => {
        asking?.proceed();
        setAsking(null);
      }}
      onCancel={() => setAsking(null)}
    >
      <Stack gap="xs" component="span" data-testid="adjustment-effect">
        <Text span size="sm" fw={600}>
          {t(`adjustmentConfirm.effect.${effect}`, { amount })}
        </Text>
        <List size="sm" spacing={2}>
          {asking?.preview.lines.map((line) => (
            <List.Item key={`${line.productId}|${line.locationId}|${line.lotId ?? ''}`}>
              {t('adjustmentConfirm.line', {
                sku: line.sku,
                before: formatQuantity(line.quantityBefore, company),
                after: formatQuantity(line.quantityAfter, company),
                unit: line.unitOfMeasure,
                value: formatMoney(line.value, company),
              })}
            </List.Item>
          ))}
        </List>
        <Text span size="xs" c="dimmed">
          {t('adjustmentConfirm.final')}
        </Text>
      </Stack>
    </ConfirmDialog>
  );
  return { review, checking, dialog };
}
