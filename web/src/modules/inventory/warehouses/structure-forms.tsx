import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DecimalInput } from '../../../ui/DecimalInput.tsx';
import { compareDecimals, isDecimalText } from '../../../ui/decimal.ts';
import { showServerErrors } from '../../../ui/form-errors.ts';
import { formRules, numberProblem } from '../../../ui/form-rules.ts';
import { notifySuccess } from '../../../ui/notify.ts';
import { type InternalLocationKind, internalLocationKindOptions, zoneKindOptions } from '../inventory-labels.ts';
import {
  type TreeLocation,
  useCreateLocation,
  useCreateWarehouse,
  useCreateZone,
  useUpdateLocation,
  useUpdateWarehouse,
  useUpdateZone,
  type Warehouse,
  type Zone,
} from '../warehouse-api.ts';

const codePattern = /^[A-Za-z0-9][A-Za-z0-9/_-]{0,31}$/;
const codeRule = (value: string) =>
  codePattern.test(value.trim()) ? null : 'Up to 32 letters, digits, "/", "_" or "-"';
const temperatureRule = (value: string) =>
  numberProblem(value, { sign: 'any', decimals: 1, unit: '°C' }) ??
  (value.replace('-', '').split('.')[0]!.length > 3 ? 'Degrees Celsius, -999 to 999' : null);
const orNull = (value: string) => value.trim() || null;

interface FormModalProps {
  opened: boolean;
  onClose: () => void;
}

function FormButtons({ onClose, label, saving }: { onClose: () => void; label: string; saving: boolean }) {
  return (
    <Group justify="flex-end" gap="xs" mt="xs">
      <Button variant="default" onClick={onClose}>
        Cancel
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
  const create = useCreateWarehouse();
  const update = useUpdateWarehouse();
  const form = useForm({
    initialValues: { code: warehouse?.code ?? '', name: warehouse?.name ?? '', address: warehouse?.address ?? '' },
    validate: { code: warehouse ? undefined : codeRule, name: formRules.filled('a name') },
  });
  const submit = form.onSubmit((values) => {
    const done = { onError: (error: unknown) => showServerErrors(form, error) };
    if (warehouse) {
      update.mutate(
        { id: warehouse.id, name: values.name.trim(), address: orNull(values.address) },
        {
          ...done,
          onSuccess: () => {
            notifySuccess(`Warehouse ${warehouse.code} saved`);
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
          notifySuccess(`Warehouse ${created.code} created with its stock, receiving and quarantine locations`);
          form.reset();
          onClose();
          onCreated?.(created);
        },
      },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={warehouse ? `Edit ${warehouse.code}` : 'New warehouse'} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Code"
            description={warehouse ? undefined : 'Short and unique, e.g. WH2 or SBY'}
            disabled={Boolean(warehouse)}
            required
            data-autofocus
            maxLength={32}
            {...form.getInputProps('code')}
          />
          <TextInput label="Name" required maxLength={100} {...form.getInputProps('name')} />
          <Textarea label="Address" autosize minRows={2} maxLength={500} {...form.getInputProps('address')} />
          <FormButtons
            onClose={onClose}
            label={warehouse ? 'Save' : 'Create warehouse'}
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
      code: codeRule,
      name: formRules.filled('a name'),
      minTemperature: temperatureRule,
      maxTemperature: (value, values) =>
        temperatureRule(value) ??
        (isDecimalText(value.replace('-', '')) &&
        isDecimalText(values.minTemperature.replace('-', '')) &&
        compareDecimals(value, values.minTemperature) < 0
          ? 'Not below the minimum'
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
        notifySuccess(`Zone ${saved.code} ${zone ? 'saved' : 'created'}`);
        form.reset();
        onClose();
      },
    };
    if (zone) update.mutate({ id: zone.id, ...fields }, done);
    else create.mutate({ warehouseId, ...fields }, done);
  });
  return (
    <Modal opened={opened} onClose={onClose} title={zone ? `Edit zone ${zone.code}` : 'New zone'} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label="Code" required data-autofocus maxLength={32} {...form.getInputProps('code')} />
            <Select label="Kind" data={zoneKindOptions} allowDeselect={false} {...form.getInputProps('kind')} />
          </SimpleGrid>
          <TextInput label="Name" required maxLength={100} {...form.getInputProps('name')} />
          <SimpleGrid cols={2} spacing="sm">
            <DecimalInput
              label="Min temperature"
              rightSection="°C"
              inputMode="text"
              {...form.getInputProps('minTemperature')}
            />
            <DecimalInput
              label="Max temperature"
              rightSection="°C"
              inputMode="text"
              {...form.getInputProps('maxTemperature')}
            />
            <DecimalInput label="Capacity" {...form.getInputProps('capacity')} />
            <TextInput
              label="Capacity unit"
              placeholder="e.g. pallets, m³"
              maxLength={16}
              {...form.getInputProps('capacityUnit')}
            />
          </SimpleGrid>
          <FormButtons
            onClose={onClose}
            label={zone ? 'Save' : 'Create zone'}
            saving={create.isPending || update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** Create a location in a warehouse (optionally in a zone), or change its name, kind or zone. */
export function LocationModal({
  opened,
  onClose,
  warehouse,
  zones,
  location,
  zoneId,
}: FormModalProps & { warehouse: Warehouse; zones: Zone[]; location?: TreeLocation; zoneId?: string | null }) {
  const create = useCreateLocation();
  const update = useUpdateLocation();
  const form = useForm({
    initialValues: {
      code: location?.code ?? `${warehouse.code}/`,
      name: location?.name ?? '',
      kind: (location?.kind ?? 'storage') as InternalLocationKind,
      zoneId: location?.zoneId ?? zoneId ?? null,
    },
    validate: { code: location ? undefined : codeRule, name: formRules.filled('a name') },
  });
  const zoneOptions = zones
    .filter((z) => z.active || z.id === form.values.zoneId)
    .map((z) => ({ value: z.id, label: `${z.code} · ${z.name}` }));
  const submit = form.onSubmit((values) => {
    const done = {
      onError: (error: unknown) => showServerErrors(form, error),
      onSuccess: (saved: { code: string }) => {
        notifySuccess(`Location ${saved.code} ${location ? 'saved' : 'created'}`);
        form.reset();
        onClose();
      },
    };
    if (location) {
      update.mutate({ id: location.id, name: values.name.trim(), kind: values.kind, zoneId: values.zoneId }, done);
    } else {
      create.mutate(
        {
          warehouseId: warehouse.id,
          zoneId: values.zoneId ?? undefined,
          code: values.code.trim(),
          name: values.name.trim(),
          kind: values.kind,
        },
        done,
      );
    }
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={location ? `Edit location ${location.code}` : 'New location'}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Code"
            description={location ? undefined : 'Unique in the company, e.g. WH2/A-01'}
            disabled={Boolean(location)}
            required
            data-autofocus
            maxLength={32}
            {...form.getInputProps('code')}
          />
          <TextInput label="Name" required maxLength={100} {...form.getInputProps('name')} />
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label="Kind"
              data={internalLocationKindOptions}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <Select label="Zone" placeholder="No zone" clearable data={zoneOptions} {...form.getInputProps('zoneId')} />
          </SimpleGrid>
          <FormButtons
            onClose={onClose}
            label={location ? 'Save' : 'Create location'}
            saving={create.isPending || update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
