import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { AccountSelect } from '../../ui/pickers/index.ts';
import { type Account, useAccounts, useCreateAccount, useUpdateAccount } from './accounting-api.ts';
import { accountTypes, cashFlowActivities } from './labels.ts';

interface AccountFormValues {
  code: string;
  name: string;
  type: Account['type'];
  parentId: string | null;
  isGroup: boolean;
  normalSide: Account['normalSide'];
  cashFlowActivity: Account['cashFlowActivity'];
  description: string;
  active: boolean;
}

const usualSide = (type: Account['type']) => (type === 'asset' || type === 'expense' ? 'debit' : 'credit');
const balanceSheet = (type: Account['type']) => type === 'asset' || type === 'liability' || type === 'equity';

interface AccountFormModalProps {
  /** The account to edit; a new one when absent. */
  account: Account | null;
  opened: boolean;
  onClose: () => void;
}

/** Create or change an account: code, name, type, place in the tree, side and cash flow activity. */
export function AccountFormModal({ account, opened, onClose }: AccountFormModalProps) {
  const { t } = useTranslation(['accounting', 'ui']);
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const accounts = useAccounts();
  const form = useForm<AccountFormValues>({
    initialValues: {
      code: account?.code ?? '',
      name: account?.name ?? '',
      type: account?.type ?? 'asset',
      parentId: account?.parentId ?? null,
      isGroup: account?.isGroup ?? false,
      normalSide: account?.normalSide ?? 'debit',
      cashFlowActivity: account?.cashFlowActivity ?? 'operating',
      description: account?.description ?? '',
      active: account?.active ?? true,
    },
    validate: {
      code: (v) => (/^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(v.trim()) ? null : t('accountForm.codeRule')),
      name: (v) => (v.trim() ? null : t('accountForm.nameRequired')),
    },
  });
  const values = form.values;
  const parentType = accounts.data?.find((a) => a.id === values.parentId)?.type;

  const submit = form.onSubmit((v) => {
    const fields = {
      code: v.code.trim(),
      name: v.name.trim(),
      type: v.type,
      parentId: v.parentId,
      isGroup: v.isGroup,
      normalSide: v.normalSide,
      cashFlowActivity: v.isGroup || !balanceSheet(v.type) ? null : v.cashFlowActivity,
      description: v.description.trim() || null,
    };
    const done = (saved: Account) => {
      notifySuccess(t('accountForm.saved', { code: saved.code, name: saved.name }));
      onClose();
    };
    const failed = (error: unknown) => showServerErrors(form, error);
    if (account)
      update.mutate({ id: account.id, changes: { ...fields, active: v.active } }, { onSuccess: done, onError: failed });
    else create.mutate(fields, { onSuccess: done, onError: failed });
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={account ? t('accountForm.editTitle', { code: account.code }) : t('accountForm.newTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('accountForm.code')}
              required
              placeholder="1-1210"
              maxLength={20}
              {...form.getInputProps('code')}
            />
            <TextInput label={t('accountForm.name')} required maxLength={120} {...form.getInputProps('name')} />
            <Select
              label={t('accountForm.type')}
              data={accountTypes.map((value) => ({ value, label: t(`accountType.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('type')}
              onChange={(type) => {
                const next = (type ?? 'asset') as Account['type'];
                form.setValues({
                  type: next,
                  normalSide: usualSide(next),
                  parentId: parentType === next ? values.parentId : null,
                });
              }}
            />
            <AccountSelect
              label={t('accountForm.parentGroup')}
              groups
              clearable
              placeholder={t('accountForm.topLevel')}
              value={values.parentId}
              onChange={(parentId) => form.setFieldValue('parentId', parentId)}
              error={form.errors.parentId}
            />
            <Select
              label={t('accountForm.normalBalance')}
              data={[
                { value: 'debit', label: t('accountForm.debit') },
                { value: 'credit', label: t('accountForm.creditContra') },
              ]}
              allowDeselect={false}
              {...form.getInputProps('normalSide')}
            />
            {balanceSheet(values.type) && !values.isGroup && (
              <Select
                label={t('accountForm.cashFlow')}
                data={cashFlowActivities.map((value) => ({ value, label: t(`cashFlowActivity.${value}`) }))}
                allowDeselect={false}
                {...form.getInputProps('cashFlowActivity')}
              />
            )}
          </SimpleGrid>
          <Textarea
            label={t('accountForm.description')}
            autosize
            minRows={1}
            maxLength={500}
            {...form.getInputProps('description')}
          />
          <Group>
            <Checkbox label={t('accountForm.groupAccount')} {...form.getInputProps('isGroup', { type: 'checkbox' })} />
            {account && (
              <Checkbox label={t('accountForm.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
            )}
          </Group>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('ui:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('accountForm.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
