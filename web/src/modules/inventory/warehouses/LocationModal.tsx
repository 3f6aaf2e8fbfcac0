import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../../ui/form-errors.ts';
import { notifySuccess } from '../../../ui/notify.ts';
import { type InternalLocationKind, internalLocationKindOptions } from '../inventory-labels.ts';
import {
  type TreeLocation,
  useCreateLocation,
  useUpdateLocation,
  type Warehouse,
  type Zone,
} from '../warehouse-api.ts';
import { codeRule, FormButtons, type FormModalProps, nameRule } from './structure-forms.tsx';

/** Create a location in a warehouse (optionally in a zone), or change its name, kind or zone. */
export function LocationModal({
  opened,
  onClose,
  warehouse,
  zones,
  location,
  zoneId,
}: FormModalProps & { warehouse: Warehouse; zones: Zone[]; location?: TreeLocation; zoneId?: string | null }) {
  const { t } = useTranslation(['inventory', 'ui']);
  const create = useCreateLocation();
  const update = useUpdateLocation();
  const form = useForm({
    initialValues: {
      code: location?.code ?? `${warehouse.code}/`,
      name: location?.name ?? '',
      kind: (location?.kind ?? 'storage') as InternalLocationKind,
      zoneId: location?.zoneId ?? zoneId ?? null,
    },
    validate: { code: location ? undefined : codeRule(t), name: nameRule(t) },
  });
  const zoneOptions = zones
    .filter((z) => z.active || z.id === form.values.zoneId)
    .map((z) => ({ value: z.id, label: `${z.code} · ${z.name}` }));
  const submit = form.onSubmit((values) => {
    const done = {
      onError: (error: unknown) => showServerErrors(form, error),
      onSuccess: (saved: { code: string }) => {
        notifySuccess(
          t(location ? 'structureForms.locationSaved' : 'structureForms.locationCreated', { code: saved.code }),
        );
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
      title={location ? t('structureForms.editLocation', { code: location.code }) : t('structureForms.newLocation')}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('structureForms.code')}
            description={location ? undefined : t('structureForms.locationCodeHint')}
            disabled={Boolean(location)}
            required
            data-autofocus
            maxLength={32}
            {...form.getInputProps('code')}
          />
          <TextInput label={t('structureForms.name')} required maxLength={100} {...form.getInputProps('name')} />
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('structureForms.kind')}
              data={internalLocationKindOptions(t)}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('structureForms.zone')}
              placeholder={t('structureForms.noZone')}
              clearable
              data={zoneOptions}
              {...form.getInputProps('zoneId')}
            />
          </SimpleGrid>
          <FormButtons
            onClose={onClose}
            label={location ? t('ui:actions.save') : t('structureForms.createLocation')}
            saving={create.isPending || update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
