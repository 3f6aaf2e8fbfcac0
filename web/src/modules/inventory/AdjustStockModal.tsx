import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formatQuantity } from '../../ui/format.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { manualReasonChoices } from './adjustments/adjustment-labels.ts';
import { type AdjustmentReason, type StockAdjustmentInput, usePostAdjustment } from './inventory-api.ts';
import { adjustmentProblem } from './operations/stock-lines.tsx';

type Mode = 'count' | 'change';

interface AdjustedProduct {
  id: string;
  sku: string;
  unitOfMeasure: string;
  uomDecimals: number;
  onHand: string;
}

interface AdjustStockModalProps {
  product: AdjustedProduct;
  opened: boolean;
  onClose: () => void;
}

/** Set one product's stock by hand: what was counted, or by how much it changed, and why. */
export function AdjustStockModal({ product, opened, onClose }: AdjustStockModalProps) {
  const { t } = useTranslation(['inventory', 'ui']);
  const company = useActiveCompany();
  const post = usePostAdjustment();
  const form = useForm({
    initialValues: { mode: 'count' as Mode, quantity: '', reason: 'correction' as AdjustmentReason, note: '' },
    validate: { quantity: (value, values) => adjustmentProblem(value, values.mode, product) },
  });

  const submit = form.onSubmit((values) => {
    const quantity = values.quantity.trim();
    const adjustment: StockAdjustmentInput = {
      reason: values.reason,
      note: values.note.trim() || undefined,
      lines: [
        values.mode === 'count'
          ? { productId: product.id, countedQuantity: quantity }
          : { productId: product.id, quantityChange: quantity },
      ],
    };
    post.mutate(adjustment, {
      onSuccess: (posted) => {
        notifySuccess(t('adjustStock.adjusted', { sku: product.sku, number: posted.number }));
        form.reset();
        onClose();
      },
      onError: (error) =>
        showServerErrors(
          {
            getValues: () => ({ ...form.getValues(), lines: [{ countedQuantity: '', quantityChange: '' }] }),
            setFieldError: (path, message) =>
              form.setFieldError(path.startsWith('lines.') ? 'quantity' : path, message),
          },
          error,
        ),
    });
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('adjustStock.title', { sku: product.sku })} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('adjustStock.onHandNow', {
              quantity: formatQuantity(product.onHand, company),
              unit: product.unitOfMeasure,
            })}
          </Text>
          <SegmentedControl
            fullWidth
            data={[
              { value: 'count', label: t('adjustStock.setCounted') },
              { value: 'change', label: t('adjustStock.addOrRemove') },
            ]}
            {...form.getInputProps('mode')}
          />
          <DecimalInput
            label={form.values.mode === 'count' ? t('adjustStock.counted') : t('adjustStock.change')}
            // A phone's decimal pad has no minus sign.
            inputMode={form.values.mode === 'change' ? 'text' : 'decimal'}
            required
            data-autofocus
            rightSection={
              <Text size="xs" c="dimmed">
                {product.unitOfMeasure}
              </Text>
            }
            {...form.getInputProps('quantity')}
          />
          <Select
            label={t('columns.reason')}
            data={manualReasonChoices(t)}
            allowDeselect={false}
            {...form.getInputProps('reason')}
          />
          <Textarea label={t('columns.note')} autosize minRows={2} maxLength={1000} {...form.getInputProps('note')} />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('ui:actions.cancel')}
            </Button>
            <Button type="submit" loading={post.isPending}>
              {t('adjustStock.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
