import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useActiveCompany } from '../../../app/me.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { showServerErrors } from '../../../ui/form-errors.ts';
import { todayIn } from '../../../ui/format.ts';
import { notifySuccess } from '../../../ui/notify.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { LocationSelect } from '../../../ui/pickers/index.ts';
import { type ScrapReason, scrapReasonOptions } from '../inventory-labels.ts';
import { usePostScrap } from '../operations-api.ts';
import { StockDocumentForm, WithStructure } from './form-layout.tsx';
import { PickLines, pickingRules } from './pick-lines.tsx';
import type { StockLineValues } from './stock-lines.tsx';

interface ScrapValues {
  locationId: string | null;
  reason: ScrapReason;
  scrapDate: string;
  notes: string;
  lines: StockLineValues[];
}

function ScrapForm({ stockLocationId }: { stockLocationId: string | null }) {
  const company = useActiveCompany();
  const navigate = useNavigate();
  const post = usePostScrap();
  const form = useForm<ScrapValues>({
    initialValues: {
      locationId: stockLocationId,
      reason: 'damaged',
      scrapDate: todayIn(company.timezone),
      notes: '',
      lines: [],
    },
    validate: {
      locationId: (value) => (value ? null : 'Choose where the goods are'),
      lines: pickingRules,
    },
  });

  const submit = form.onSubmit((v) => {
    if (v.lines.length === 0) {
      form.setFieldError('lines', 'Add at least one product');
      return;
    }
    post.mutate(
      {
        locationId: v.locationId!,
        reason: v.reason,
        scrapDate: v.scrapDate,
        notes: v.notes.trim() || undefined,
        lines: v.lines.map((l) => ({
          productId: l.productId,
          quantity: l.quantity.trim(),
          lotId: l.lotId ?? undefined,
        })),
      },
      {
        onSuccess: (scrap) => {
          notifySuccess(`Scrap ${scrap.number} posted`);
          form.resetDirty();
          void navigate({ to: '/inventory/operations/$operationId', params: { operationId: scrap.id } });
        },
        onError: (error) => showServerErrors(form, error),
      },
    );
  });

  return (
    <StockDocumentForm
      form={form}
      onSubmit={submit}
      submitLabel="Post scrap"
      saving={post.isPending}
      header={
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <LocationSelect
            label="From location"
            required
            {...form.getInputProps('locationId')}
            onChange={(id) => {
              form.setFieldValue('locationId', id);
              form.setFieldValue(
                'lines',
                form.values.lines.map((line) => ({ ...line, lotId: null })),
              );
            }}
          />
          <Select label="Reason" data={scrapReasonOptions} allowDeselect={false} {...form.getInputProps('reason')} />
          <DateField label="Date" {...form.getInputProps('scrapDate')} />
          <TextInput label="Notes" maxLength={1000} {...form.getInputProps('notes')} />
        </SimpleGrid>
      }
      lines={<PickLines form={form} locationId={form.values.locationId} />}
    />
  );
}

export function ScrapFormPage() {
  return (
    <>
      <PageHeader
        title="Scrap stock"
        description="Write off damaged, expired or defective goods at their current cost."
      />
      <WithStructure>{({ stockLocationId }) => <ScrapForm stockLocationId={stockLocationId} />}</WithStructure>
    </>
  );
}
