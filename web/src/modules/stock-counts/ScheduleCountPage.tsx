import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { useActiveCompany } from '../../app/me.ts';
import { DateField } from '../../ui/DateField.tsx';
import { friendlyFieldMessage } from '../../ui/form-errors.ts';
import { todayIn } from '../../ui/format.ts';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SaveShortcut } from '../../ui/SaveShortcut.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import { useCategories } from '../catalog/index.ts';
import { countFrequencies } from './count-labels.tsx';
import {
  type CountFrequency,
  useScheduleCount,
  useTeamCandidates,
  useWarehouseChoices,
  useWarehouseScope,
} from './stock-counts-api.ts';

interface ScheduleValues {
  warehouseId: string | null;
  zoneIds: string[];
  locationIds: string[];
  categoryIds: string[];
  frequency: CountFrequency;
  plannedDate: string | null;
  blind: boolean;
  teamUserIds: string[];
  note: string;
}

const fieldNames = new Set(['warehouseId', 'zoneIds', 'locationIds', 'categoryIds', 'teamUserIds', 'plannedDate']);

export function ScheduleCountPage() {
  const { t } = useTranslation(['stock-counts', 'ui']);
  const company = useActiveCompany();
  const navigate = useNavigate();
  const warehouses = useWarehouseChoices();
  const categories = useCategories();
  const team = useTeamCandidates();
  const schedule = useScheduleCount();
  const defaultWarehouse = warehouses.data?.find((w) => w.isDefault)?.id ?? null;
  const form = useForm<ScheduleValues>({
    initialValues: {
      warehouseId: null,
      zoneIds: [],
      locationIds: [],
      categoryIds: [],
      frequency: 'ad_hoc',
      plannedDate: todayIn(company.timezone),
      blind: false,
      teamUserIds: [],
      note: '',
    },
    validate: {
      warehouseId: (value) => (value ? null : t('scheduleCount.chooseWarehouse')),
      plannedDate: (value) => (value ? null : t('scheduleCount.chooseDay')),
    },
  });
  const warehouseId = form.values.warehouseId;
  const scope = useWarehouseScope(warehouseId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the default warehouse is filled in once it is known
  useEffect(() => {
    if (!form.values.warehouseId && defaultWarehouse) {
      form.setFieldValue('warehouseId', defaultWarehouse);
      // A default is not a change of the user's: leaving the untouched page does not ask.
      form.resetDirty({ ...form.getValues(), warehouseId: defaultWarehouse });
    }
  }, [defaultWarehouse]);

  const submit = (values: ScheduleValues) =>
    schedule.mutate(
      {
        warehouseId: warehouseId!,
        zoneIds: values.zoneIds,
        locationIds: values.locationIds,
        categoryIds: values.categoryIds,
        frequency: values.frequency,
        plannedDate: values.plannedDate!,
        blind: values.blind,
        teamUserIds: values.teamUserIds,
        note: values.note.trim() || undefined,
      },
      {
        onSuccess: (count) => {
          notifySuccess(t('scheduleCount.scheduled', { number: count.number }));
          form.resetDirty();
          void navigate({ to: '/inventory/stock-counts/$countId', params: { countId: count.id } });
        },
        onError: (error) => {
          const fields = error instanceof ApiError ? error.fields : [];
          const placed = fields.filter((f) => fieldNames.has(f.path.split('.')[0]!));
          for (const f of placed) form.setFieldError(f.path.split('.')[0]!, friendlyFieldMessage(f.message));
          if (placed.length < fields.length || fields.length === 0) notifyError(error, t('scheduleCount.failed'));
        },
      },
    );

  return (
    <>
      <PageHeader title={t('scheduleCount.title')} description={t('scheduleCount.description')} />
      <form onSubmit={form.onSubmit(submit)}>
        <UnsavedChangesGuard form={form} />
        <SaveShortcut />
        <Paper withBorder p="md" maw={860}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('scheduleCount.warehouse')}
                required
                data={(warehouses.data ?? [])
                  .filter((w) => w.active)
                  .map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
                {...form.getInputProps('warehouseId')}
                onChange={(value) => {
                  form.setFieldValue('warehouseId', value);
                  form.setFieldValue('zoneIds', []);
                  form.setFieldValue('locationIds', []);
                }}
                data-testid="count-warehouse"
              />
              <DateField label={t('scheduleCount.plannedDate')} required {...form.getInputProps('plannedDate')} />
              <MultiSelect
                label={t('scheduleCount.zones')}
                placeholder={form.values.zoneIds.length ? undefined : t('scheduleCount.allZones')}
                searchable
                clearable
                data={(scope.data?.zones ?? []).map((z) => ({ value: z.id, label: `${z.code} · ${z.name}` }))}
                {...form.getInputProps('zoneIds')}
              />
              <MultiSelect
                label={t('scheduleCount.locations')}
                placeholder={form.values.locationIds.length ? undefined : t('scheduleCount.allLocations')}
                searchable
                clearable
                data={(scope.data?.locations ?? [])
                  .filter((l) => l.active)
                  .map((l) => ({ value: l.id, label: l.code }))}
                {...form.getInputProps('locationIds')}
              />
              <MultiSelect
                label={t('scheduleCount.categories')}
                placeholder={form.values.categoryIds.length ? undefined : t('scheduleCount.allProducts')}
                description={t('scheduleCount.categoriesHint')}
                searchable
                clearable
                data={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                {...form.getInputProps('categoryIds')}
              />
              <Select
                label={t('scheduleCount.frequency')}
                description={t('scheduleCount.frequencyHint')}
                data={countFrequencies.map((value) => ({ value, label: t(`scheduleCount.frequencies.${value}`) }))}
                allowDeselect={false}
                {...form.getInputProps('frequency')}
              />
              <MultiSelect
                label={t('scheduleCount.team')}
                placeholder={form.values.teamUserIds.length ? undefined : t('scheduleCount.anyone')}
                searchable
                clearable
                data={(team.data ?? []).map((m) => ({ value: m.userId, label: m.name }))}
                {...form.getInputProps('teamUserIds')}
              />
              <Switch
                mt="lg"
                label={t('scheduleCount.blind')}
                description={t('scheduleCount.blindHint')}
                {...form.getInputProps('blind', { type: 'checkbox' })}
              />
            </SimpleGrid>
            <Textarea
              label={t('scheduleCount.note')}
              autosize
              minRows={2}
              maxLength={1000}
              {...form.getInputProps('note')}
            />
            <Text size="xs" c="dimmed">
              {t('scheduleCount.scopeHint')}
            </Text>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => void navigate({ to: '/inventory/stock-counts' })}>
                {t('ui:actions.cancel')}
              </Button>
              <Button type="submit" loading={schedule.isPending}>
                {t('scheduleCount.submit')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </form>
    </>
  );
}
