import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useActiveCompany } from '../../app/me.ts';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formatQuantity } from '../../ui/format.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { type AdjustmentReason, type StockAdjustmentInput, usePostAdjustment } from './inventory-api.ts';
import { adjustmentProblem } from './operations/stock-lines.tsx';

const reasonOptions: { value: AdjustmentReason; label: string }[] = [
  { value: 'correction', label: 'Correction (count)' },
  { value: 'found', label: 'Found' },
  { value: 'damage', label: 'Damage' },
  { value: 'theft', label: 'Theft' },
  { value: 'expired', label: 'Expired' },
  { value: 'opening_stock', label: 'Opening stock' },
  { value: 'other', label: 'Other' },
];

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
        notifySuccess(`Stock of ${product.sku} adjusted (${posted.number})`);
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
    <Modal opened={opened} onClose={onClose} title={`Adjust stock of ${product.sku}`} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            On hand now: {formatQuantity(product.onHand, company)} {product.unitOfMeasure}
          </Text>
          <SegmentedControl
            fullWidth
            data={[
              { value: 'count', label: 'Set counted quantity' },
              { value: 'change', label: 'Add or remove' },
            ]}
            {...form.getInputProps('mode')}
          />
          <DecimalInput
            label={form.values.mode === 'count' ? 'Counted quantity' : 'Change (negative to remove)'}
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
          <Select label="Reason" data={reasonOptions} allowDeselect={false} {...form.getInputProps('reason')} />
          <Textarea label="Note" autosize minRows={2} maxLength={1000} {...form.getInputProps('note')} />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={post.isPending}>
              Post adjustment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
