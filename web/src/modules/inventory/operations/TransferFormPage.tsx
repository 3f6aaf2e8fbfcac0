import { Alert, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTruck } from '@tabler/icons-react';
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
  const locations = useLocations();
  const warehouses = useWarehouses();
  const warehouseOf = (id: string | null) => locations.data?.find((l) => l.id === id)?.warehouseId;
  const from = warehouseOf(values.fromLocationId);
  const to = warehouseOf(values.toLocationId);
  if (!from || !to || from === to) return null;
  const name = warehouses.data?.find((w) => w.id === to)?.name ?? 'the other warehouse';
  return (
    <Alert variant="light" color="yellow" icon={<IconTruck size={18} />} mt="sm" p="xs">
      Between warehouses: the goods are in transit until {name} receives them.
    </Alert>
  );
}

function TransferForm({ stockLocationId }: { stockLocationId: string | null }) {
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
      fromLocationId: (value) => (value ? null : 'Choose where the goods are'),
      toLocationId: (value, values) =>
        !value ? 'Choose where they go' : value === values.fromLocationId ? 'Choose another location' : null,
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
        ? `Transfer ${transfer.number} is on its way`
        : `Transfer ${transfer.number} done`,
  });

  return (
    <StockDocumentForm
      form={form}
      onSubmit={submit}
      submitLabel="Post transfer"
      saving={post.isPending}
      header={
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <FromLocationSelect form={form} field="fromLocationId" />
            <LocationSelect label="To location" required {...form.getInputProps('toLocationId')} />
            <DateField label="Date" {...form.getInputProps('transferDate')} />
            <TextInput label="Notes" maxLength={1000} {...form.getInputProps('notes')} />
          </SimpleGrid>
          <TransitNote values={form.values} />
        </>
      }
      lines={<PickLines form={form} locationId={form.values.fromLocationId} />}
    />
  );
}

export function TransferFormPage() {
  return (
    <>
      <PageHeader
        title="New transfer"
        description="Move stock between locations of a warehouse at once, or to another warehouse through transit."
      />
      <WithStructure>{({ stockLocationId }) => <TransferForm stockLocationId={stockLocationId} />}</WithStructure>
    </>
  );
}
