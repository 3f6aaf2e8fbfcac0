import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useActiveCompany } from '../../../app/me.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { todayIn } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { type ScrapReason, scrapReasonOptions } from '../inventory-labels.ts';
import { usePostScrap } from '../operations-api.ts';
import { StockDocumentForm, useStockSubmit, WithStructure } from './form-layout.tsx';
import { FromLocationSelect, PickLines, pickedLines, pickingRules } from './pick-lines.tsx';
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

  const submit = useStockSubmit({
    form,
    post,
    inputOf: (v: ScrapValues) => ({
      locationId: v.locationId!,
      reason: v.reason,
      scrapDate: v.scrapDate,
      notes: v.notes.trim() || undefined,
      lines: pickedLines(v.lines),
    }),
    posted: (scrap) => `Scrap ${scrap.number} posted`,
  });

  return (
    <StockDocumentForm
      form={form}
      onSubmit={submit}
      submitLabel="Post scrap"
      saving={post.isPending}
      header={
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <FromLocationSelect form={form} field="locationId" />
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
