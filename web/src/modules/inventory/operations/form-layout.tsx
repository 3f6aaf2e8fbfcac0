import type { UseFormReturnType } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentForm } from '../../../ui/DocumentForm.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { showServerErrors } from '../../../ui/form-errors.ts';
import { LineErrorsBanner } from '../../../ui/LineErrorsBanner.tsx';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { notifySuccess } from '../../../ui/notify.ts';
import { Panel } from '../../../ui/Panel.tsx';
import { WarehouseSelect } from '../../../ui/pickers/index.ts';
import { useLocations, useWarehouses, type Warehouse } from '../warehouse-api.ts';

/** The fields of stock lines, in the order the errors banner names them. */
const lineFields = [
  'productId',
  'locationId',
  'lotId',
  'lotNumber',
  'expiryDate',
  'serialNumbers',
  'quantity',
  'countedQuantity',
  'quantityChange',
  'unitCost',
] as const;

/**
 * A stock document form: its header fields, its lines (with a banner naming the line and field of
 * each error), and the buttons to post or leave; leaving it changed asks first.
 */
export function StockDocumentForm({
  form,
  onSubmit,
  header,
  lines,
  submitLabel,
  saving,
  backTo = '/inventory/operations',
}: {
  form: { isDirty(): boolean; errors: Record<string, unknown> };
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  header: ReactNode;
  lines: ReactNode;
  submitLabel: string;
  saving: boolean;
  backTo?: '/inventory/operations' | '/inventory/adjustments';
}) {
  const { t } = useTranslation('inventory');
  const navigate = useNavigate();
  // The columns as their headers say them.
  const fields = Object.fromEntries(lineFields.map((field) => [field, t(`stockForm.fields.${field}`)]));
  return (
    <DocumentForm form={form} onSubmit={onSubmit} header={header}>
      <LineErrorsBanner errors={form.errors} fields={fields} />
      <Panel title={t('stockForm.lines')} flush>
        {lines}
      </Panel>
      <FormActions onCancel={() => void navigate({ to: backTo })} submitLabel={submitLabel} saving={saving} />
    </DocumentForm>
  );
}

/**
 * Waits for the warehouses and locations a form needs to set its defaults: the default
 * warehouse and its main stock location.
 */
export function WithStructure({
  children,
}: {
  children: (defaults: { warehouse: Warehouse; stockLocationId: string | null }) => ReactNode;
}) {
  const warehouses = useWarehouses();
  const locations = useLocations();
  const error = warehouses.error ?? locations.error;
  if (error)
    return <ErrorAlert error={error} onRetry={() => void Promise.all([warehouses.refetch(), locations.refetch()])} />;
  if (!warehouses.data || !locations.data) return <LoadingBlock />;
  const warehouse = warehouses.data.find((w) => w.isDefault) ?? warehouses.data[0]!;
  const stock = locations.data.find((l) => l.warehouseId === warehouse.id && l.isDefault);
  return children({ warehouse, stockLocationId: stock?.id ?? null });
}

/**
 * Submits a stock document's form: refuses one without lines, posts it, says so and opens the
 * posted document; the server's field errors go to their fields.
 */
export function useStockSubmit<V extends { lines: unknown[] }, I, D extends { id: string }>({
  form,
  post,
  inputOf,
  posted,
  opens = 'operation',
  review,
}: {
  form: UseFormReturnType<V>;
  post: UseMutationResult<D, Error, I>;
  inputOf: (values: V) => I;
  posted: (document: D) => string;
  opens?: 'operation' | 'adjustment';
  /** Asks the user first (stating what posting does); `proceed` posts. */
  review?: (input: I, proceed: () => void) => void;
}) {
  const { t } = useTranslation('inventory');
  const navigate = useNavigate();
  const open = (id: string) =>
    opens === 'adjustment'
      ? navigate({ to: '/inventory/adjustments/$adjustmentId', params: { adjustmentId: id } })
      : navigate({ to: '/inventory/operations/$operationId', params: { operationId: id } });
  return form.onSubmit((values) => {
    if (values.lines.length === 0) {
      form.setFieldError('lines', t('stockForm.addProduct'));
      return;
    }
    const input = inputOf(values);
    const send = () =>
      post.mutate(input, {
        onSuccess: (document) => {
          notifySuccess(posted(document));
          form.resetDirty();
          void open(document.id);
        },
        onError: (error) => showServerErrors(form, error),
      });
    if (review) review(input, send);
    else send();
  });
}

/** The warehouse of a stock document; choosing another resets what belonged to the last one. */
export function DocumentWarehouseSelect<V extends { warehouseId: string | null }>({
  form,
  onChange,
}: {
  form: UseFormReturnType<V>;
  onChange: () => void;
}) {
  const { t } = useTranslation('inventory');
  return (
    <WarehouseSelect
      label={t('columns.warehouse')}
      required
      allowDeselect={false}
      {...form.getInputProps('warehouseId')}
      onChange={(id) => {
        form.setFieldValue('warehouseId' as never, id as never);
        onChange();
      }}
    />
  );
}
