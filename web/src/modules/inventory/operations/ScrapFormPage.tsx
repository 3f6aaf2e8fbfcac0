import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { todayIn } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { type ScrapReason, scrapReasonChoices } from '../inventory-labels.ts';
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
  const { t } = useTranslation('inventory');
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
      locationId: (value) => (value ? null : t('pickLines.chooseFrom')),
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
    posted: (scrap) => t('scrapForm.posted', { number: scrap.number }),
  });

  return (
    <StockDocumentForm
      form={form}
      onSubmit={submit}
      submitLabel={t('scrapForm.submit')}
      saving={post.isPending}
      header={
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <FromLocationSelect form={form} field="locationId" />
          <Select
            label={t('columns.reason')}
            data={scrapReasonChoices(t)}
            allowDeselect={false}
            {...form.getInputProps('reason')}
          />
          <DateField label={t('columns.date')} {...form.getInputProps('scrapDate')} />
          <TextInput label={t('scrapForm.notes')} maxLength={1000} {...form.getInputProps('notes')} />
        </SimpleGrid>
      }
      lines={<PickLines form={form} locationId={form.values.locationId} />}
    />
  );
}

export function ScrapFormPage() {
  const { t } = useTranslation('inventory');
  return (
    <>
      <PageHeader title={t('scrapForm.title')} description={t('scrapForm.description')} />
      <WithStructure>{({ stockLocationId }) => <ScrapForm stockLocationId={stockLocationId} />}</WithStructure>
    </>
  );
}
