import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../../ui/DecimalInput.tsx';
import { compareDecimals, isDecimalText } from '../../../ui/decimal.ts';
import { showServerErrors } from '../../../ui/form-errors.ts';
import { formRules, numberProblem } from '../../../ui/form-rules.ts';
import { notifySuccess } from '../../../ui/notify.ts';
import { zoneKindOptions } from '../inventory-labels.ts';
import {
  useCreateWarehouse,
  useCreateZone,
  useUpdateWarehouse,
  useUpdateZone,
  type Warehouse,
  type Zone,
} from '../warehouse-api.ts';

const codePattern = /^[A-Za-z0-9][A-Za-z0-9/_-]{0,31}$/;
type T = TFunction<'inventory'>;
export const codeRule = (t: T) => (value: string) =>
  codePattern.test(value.trim()) ? null : t('structureForms.codeRule');
export const nameRule = (t: T) => isNotEmpty(t('structureForms.nameRequired'));
const temperatureRule = (t: T) => (value: string) =>
  numberProblem(value, { sign: 'any', decimals: 1, unit: '°C' }) ??
  (value.replace('-', '').split('.')[0]!.length > 3 ? t('structureForms.temperatureRange') : null);
const orNull = (value: string) => value.trim() || null;

export interface FormModalProps {
  opened: boolean;
  onClose: () => void;
}

export function FormButtons({ onClose, label, saving }: { onClose: () => void; label: string; saving: boolean }) {
  const { t } = useTranslation('ui');
  return (
    <Group justify="flex-end" gap="xs" mt="xs">
      <Button variant="default" onClick={onClose}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {label}
      </Button>
    </Group>
  );
}

/** Create a warehouse (with its stock, receiving and quarantine locations), or change its name and address. */
export function WarehouseModal({
  opened,
  onClose,
  warehouse,
  onCreated,
}: FormModalProps & { warehouse?: Warehouse; onCreated?: (w: Warehouse) => void }) {
  const { t } = useTranslation(['inventory', 'ui']);
  const create = useCreateWarehouse();
  const update = useUpdateWarehouse();
  const form = useForm({
    initialValues: { code: warehouse?.code ?? '', name: warehouse?.name ?? '', address: warehouse?.address ?? '' },
    validate: { code: warehouse ? undefined : codeRule(t), name: nameRule(t) },
  });
  const submit = form.onSubmit((values) => {
    const done = { onError: (error: unknown) => showServerErrors(form, error) };
    if (warehouse) {
      update.mutate(
        { id: warehouse.id, name: values.name.trim(), address: orNull(values.address) },
        {
          ...done,
          onSuccess: () => {
            notifySuccess(t('structureForms.warehouseSaved', { code: warehouse.code }));
            onClose();
          },
        },
      );
      return;
    }
    create.mutate(
      { code: values.code.trim(), name: values.name.trim(), address: values.address.trim() || undefined },
      {
        ...done,
        onSuccess: (created) => {
          notifySuccess(t('structureForms.warehouseCreated', { code: created.code }));
          form.reset();
          onClose();
          onCreated?.(created);
        },
      },
    );
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={warehouse ? t('structureForms.editWarehouse', { code: warehouse.code }) : t('structureForms.newWarehouse')}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('structureForms.code')}
            description={warehouse ? undefined : t('structureForms.warehouseCodeHint')}
            disabled={Boolean(warehouse)}
            required
            data-autofocus
            maxLength={32}
            {...form.getInputProps('code')}
          />
          <TextInput label={t('structureForms.name')} required maxLength={100} {...form.getInputProps('name')} />
          <Textarea
            label={t('structureForms.address')}
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('address')}
          />
          <FormButtons
            onClose={onClose}
            label={warehouse ? t('ui:actions.save') : t('structureForms.createWarehouse')}
            saving={create.isPending || update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** Create or change a zone: its storage conditions and capacity. */
export function ZoneModal({
  opened,
  onClose,
  warehouseId,
  zone,
}: FormModalProps & { warehouseId: string; zone?: Zone }) {
  const { t } = useTranslation(['inventory', 'ui']);
  const create = useCreateZone();
  const update = useUpdateZone();
  const form = useForm({
    initialValues: {
      code: zone?.code ?? '',
      name: zone?.name ?? '',
      kind: zone?.kind ?? ('ambient' as Zone['kind']),
      minTemperature: zone?.minTemperature ?? '',
      maxTemperature: zone?.maxTemperature ?? '',
      capacity: zone?.capacity ?? '',
      capacityUnit: zone?.capacityUnit ?? '',
    },
    validate: {
      code: codeRule(t),
      name: nameRule(t),
      minTemperature: temperatureRule(t),
      maxTemperature: (value, values) =>
        temperatureRule(t)(value) ??
        (isDecimalText(value.replace('-', '')) &&
        isDecimalText(values.minTemperature.replace('-', '')) &&
        compareDecimals(value, values.minTemperature) < 0
          ? t('structureForms.notBelowMinimum')
          : null),
      capacity: formRules.number({ sign: 'positive' }),
    },
  });
  const submit = form.onSubmit((values) => {
    const fields = {
      code: values.code.trim(),
      name: values.name.trim(),
      kind: values.kind,
      minTemperature: orNull(values.minTemperature),
      maxTemperature: orNull(values.maxTemperature),
      capacity: orNull(values.capacity),
      capacityUnit: orNull(values.capacityUnit),
    };
    const done = {
      onError: (error: unknown) => showServerErrors(form, error),
      onSuccess: (saved: Zone) => {
        notifySuccess(t(zone ? 'structureForms.zoneSaved' : 'structureForms.zoneCreated', { code: saved.code }));
        form.reset();
        onClose();
      },
    };
    if (zone) update.mutate({ id: zone.id, ...fields }, done);
    else create.mutate({ warehouseId, ...fields }, done);
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={zone ? t('structureForms.editZone', { code: zone.code }) : t('structureForms.newZone')}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('structureForms.code')}
              required
              data-autofocus
              maxLength={32}
              {...form.getInputProps('code')}
            />
            <Select
              label={t('structureForms.kind')}
              data={zoneKindOptions(t)}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
          </SimpleGrid>
          <TextInput label={t('structureForms.name')} required maxLength={100} {...form.getInputProps('name')} />
          <SimpleGrid cols={2} spacing="sm">
            <DecimalInput
              label={t('structureForms.minTemperature')}
              rightSection="°C"
              inputMode="text"
              {...form.getInputProps('minTemperature')}
            />
            <DecimalInput
              label={t('structureForms.maxTemperature')}
              rightSection="°C"
              inputMode="text"
              {...form.getInputProps('maxTemperature')}
            />
            <DecimalInput label={t('structureForms.capacity')} {...form.getInputProps('capacity')} />
            <TextInput
              label={t('structureForms.capacityUnit')}
              placeholder={t('structureForms.capacityUnitPlaceholder')}
              maxLength={16}
              {...form.getInputProps('capacityUnit')}
            />
          </SimpleGrid>
          <FormButtons
            onClose={onClose}
            label={zone ? t('ui:actions.save') : t('structureForms.createZone')}
            saving={create.isPending || update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
