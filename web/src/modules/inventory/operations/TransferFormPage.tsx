import { Alert, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTruck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { todayIn } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { LocationSelect } from '../../../ui/pickers/index.ts';
import { usePostTransfer } from '../operations-api.ts';
import { useLocations, useWarehouses } from '../warehouse-api.ts';
import { StockDocumentForm, useStockSubmit, WithStructure } from './form-layout.tsx';
import { FromLocationSelect, PickLines, pickedLines, pickingRules } from './pick-lines.tsx';
import type { StockLineValues } from './stock-lines.tsx';

interface TransferValues {
  fromLocationId: string | null;
  toLocationId: string | null;
  transferDate: string;
  notes: string;
  lines: StockLineValues[];
}

/** Between two warehouses the goods travel in transit until the other side receives them. */
function TransitNote({ values }: { values: TransferValues }) {
  const { t } = useTranslation('inventory');
  const locations = useLocations();
  const warehouses = useWarehouses();
  const warehouseOf = (id: string | null) => locations.data?.find((l) => l.id === id)?.warehouseId;
  const from = warehouseOf(values.fromLocationId);
  const to = warehouseOf(values.toLocationId);
  if (!from || !to || from === to) return null;
  const name = warehouses.data?.find((w) => w.id === to)?.name ?? t('transferForm.otherWarehouse');
  return (
    <Alert variant="light" color="yellow" icon={<IconTruck size={18} />} mt="sm" p="xs">
      {t('transferForm.inTransit', { name })}
    </Alert>
  );
}

function TransferForm({ stockLocationId }: { stockLocationId: string | null }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const post = usePostTransfer();
  const form = useForm<TransferValues>({
    initialValues: {
      fromLocationId: stockLocationId,
      toLocationId: null,
      transferDate: todayIn(company.timezone),
      notes: '',
      lines: [],
    },
    validate: {
      fromLocationId: (value) => (value ? null : t('pickLines.chooseFrom')),
      toLocationId: (value, values) =>
        !value ? t('transferForm.chooseTo') : value === values.fromLocationId ? t('transferForm.chooseAnother') : null,
      lines: pickingRules,
    },
  });

  const submit = useStockSubmit({
    form,
    post,
    inputOf: (v: TransferValues) => ({
      fromLocationId: v.fromLocationId!,
      toLocationId: v.toLocationId!,
      transferDate: v.transferDate,
      notes: v.notes.trim() || undefined,
      lines: pickedLines(v.lines),
    }),
    posted: (transfer) =>
      transfer.state === 'in_transit'
        ? t('transferForm.onItsWay', { number: transfer.number })
        : t('transferForm.done', { number: transfer.number }),
  });

  return (
    <StockDocumentForm
      form={form}
      onSubmit={submit}
      submitLabel={t('transferForm.submit')}
      saving={post.isPending}
      header={
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <FromLocationSelect form={form} field="fromLocationId" />
            <LocationSelect label={t('transferForm.toLocation')} required {...form.getInputProps('toLocationId')} />
            <DateField label={t('columns.date')} {...form.getInputProps('transferDate')} />
            <TextInput label={t('transferForm.notes')} maxLength={1000} {...form.getInputProps('notes')} />
          </SimpleGrid>
          <TransitNote values={form.values} />
        </>
      }
      lines={<PickLines form={form} locationId={form.values.fromLocationId} />}
    />
  );
}

export function TransferFormPage() {
  const { t } = useTranslation('inventory');
  return (
    <>
      <PageHeader title={t('transferForm.title')} description={t('transferForm.description')} />
      <WithStructure>{({ stockLocationId }) => <TransferForm stockLocationId={stockLocationId} />}</WithStructure>
    </>
  );
}
