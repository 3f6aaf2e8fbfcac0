import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DocumentForm } from '../../ui/DocumentForm.tsx';
import { compareDecimals, isDecimalText, subtractDecimals, sumDecimals } from '../../ui/decimal.ts';
import { formRules } from '../../ui/form-rules.ts';
import { formatMoney } from '../../ui/format.ts';
import { type LineColumn, LinesGrid, numberColumn } from '../../ui/lines/index.ts';
import { currencyDecimals } from '../../ui/number-text.ts';
import { AccountSelect, CustomerSelect } from '../../ui/pickers/index.ts';
import { TotalRow } from '../../ui/TotalRow.tsx';
import type { EntryInput, JournalEntry } from './accounting-api.ts';

export interface EntryLineValues {
  key: string;
  accountId: string | null;
  debit: string;
  credit: string;
  partnerId: string | null;
  memo: string;
}

export interface EntryFormValues {
  entryDate: string;
  memo: string;
  lines: EntryLineValues[];
}

export type EntryForm = UseFormReturnType<EntryFormValues>;

let nextKey = 1;
export const emptyLine = (): EntryLineValues => ({
  key: `line-${nextKey++}`,
  accountId: null,
  debit: '',
  credit: '',
  partnerId: null,
  memo: '',
});

export const formValuesOf = (entry: JournalEntry): EntryFormValues => ({
  entryDate: entry.entryDate,
  memo: entry.memo,
  lines: entry.lines.map((l) => ({
    key: `line-${nextKey++}`,
    accountId: l.accountId,
    debit: l.debit === '0' ? '' : l.debit,
    credit: l.credit === '0' ? '' : l.credit,
    partnerId: l.partnerId,
    memo: l.memo ?? '',
  })),
});

export const entryInputOf = (values: EntryFormValues): EntryInput => ({
  entryDate: values.entryDate,
  memo: values.memo.trim(),
  lines: values.lines.map((l) => ({
    accountId: l.accountId!,
    ...(l.debit.trim() ? { debit: l.debit.trim() } : {}),
    ...(l.credit.trim() ? { credit: l.credit.trim() } : {}),
    partnerId: l.partnerId,
    memo: l.memo.trim() || null,
  })),
});

const amountOf = (value: string) => (isDecimalText(value) ? value.trim() : '0');

/** Σ debit, Σ credit and their difference, exactly, as the user types. */
export function entryTotals(lines: EntryLineValues[]) {
  const debit = sumDecimals(lines.map((l) => amountOf(l.debit)));
  const credit = sumDecimals(lines.map((l) => amountOf(l.credit)));
  return { debit, credit, difference: subtractDecimals(debit, credit) };
}

/** Σ debit and Σ credit under the lines, and how far apart they are. */
function EntryTotals({ lines }: { lines: EntryLineValues[] }) {
  const { t } = useTranslation('accounting');
  const company = useActiveCompany();
  const totals = entryTotals(lines);
  const side = compareDecimals(totals.difference, '0');
  return (
    <Stack gap={4} w={320} ml="auto">
      <TotalRow label={t('journalForm.totalDebit')} value={formatMoney(totals.debit, company)} testId="total-debit" />
      <TotalRow
        label={t('journalForm.totalCredit')}
        value={formatMoney(totals.credit, company)}
        testId="total-credit"
      />
      <Text size="sm" fw={600} ta="right" c={side === 0 ? 'teal' : 'orange'} data-testid="entry-difference">
        {side === 0
          ? t('journalForm.balanced')
          : t(side > 0 ? 'journalForm.moreDebit' : 'journalForm.moreCredit', {
              amount: formatMoney(totals.difference.replace('-', ''), company),
            })}
      </Text>
    </Stack>
  );
}

function EntryLinesGrid({ form }: { form: EntryForm }) {
  const { t } = useTranslation('accounting');
  const input = (field: keyof EntryLineValues, i: number) => form.getInputProps(`lines.${i}.${field}`);
  const amount = (side: 'debit' | 'credit') =>
    numberColumn<EntryLineValues>(t(`journalForm.${side}`), 130, (_, i) => ({
      'aria-label': t(`journalForm.${side}Of`, { line: i + 1 }),
      kind: 'money',
      ...input(side, i),
    }));
  const fields = {
    accountId: t('journalForm.fields.accountId'),
    debit: t('journalForm.fields.debit'),
    credit: t('journalForm.fields.credit'),
    memo: t('journalForm.fields.memo'),
  };
  const columns: LineColumn<EntryLineValues>[] = [
    {
      header: t('journalForm.account'),
      cell: (_, i) => (
        <AccountSelect
          aria-label={t('journalForm.accountOf', { line: i + 1 })}
          size="xs"
          placeholder={t('journalForm.searchAccounts')}
          {...input('accountId', i)}
        />
      ),
    },
    amount('debit'),
    amount('credit'),
    {
      header: t('journalForm.partner'),
      width: 210,
      cell: (_, i) => (
        <CustomerSelect
          aria-label={t('journalForm.partnerOf', { line: i + 1 })}
          size="xs"
          placeholder={t('journalForm.noPartner')}
          {...input('partnerId', i)}
        />
      ),
    },
    {
      header: t('journalForm.lineMemo'),
      width: 200,
      cell: (_, i) => (
        <TextInput
          aria-label={t('journalForm.memoOf', { line: i + 1 })}
          size="xs"
          maxLength={500}
          {...input('memo', i)}
        />
      ),
    },
  ];
  return (
    <LinesGrid
      lines={form.values.lines}
      columns={columns}
      lineTestId="entry-line"
      minWidth={900}
      adder={
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('journalForm.lines')}
          </Title>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('lines', emptyLine())}
          >
            {t('journalForm.addLine')}
          </Button>
        </Group>
      }
      newLine={() => form.insertListItem('lines', emptyLine())}
      onRemove={(i) => form.removeListItem('lines', i)}
      empty={t('journalForm.empty')}
      errors={form.errors}
      fields={fields}
      footer={<EntryTotals lines={form.values.lines} />}
    />
  );
}

interface JournalEntryFormProps {
  initial: EntryFormValues;
  saving: boolean;
  canPost: boolean;
  onSubmit: (values: EntryFormValues, form: EntryForm, post: boolean) => void;
  onCancel: () => void;
}

/** A manual entry: date, memo and lines with a live difference; saved as a draft or saved and posted. */
export function JournalEntryForm({ initial, saving, canPost, onSubmit, onCancel }: JournalEntryFormProps) {
  const { t } = useTranslation(['accounting', 'ui']);
  const { currency } = useActiveCompany();
  const amount = formRules.number({ decimals: currencyDecimals(currency), unit: currency });
  const form = useForm<EntryFormValues>({
    initialValues: initial,
    validate: {
      entryDate: (value) => (value ? null : t('journalForm.chooseDate')),
      memo: (value) => (value.trim() ? null : t('journalForm.sayWhatFor')),
      lines: {
        accountId: (value) => (value ? null : t('journalForm.chooseAccount')),
        debit: amount,
        credit: amount,
      },
    },
  });
  const submit = (post: boolean) =>
    form.onSubmit((values) => {
      if (values.lines.length < 2) {
        form.setFieldError('lines', t('journalForm.twoLines'));
        return;
      }
      onSubmit(values, form, post);
    });
  const balanced = compareDecimals(entryTotals(form.values.lines).difference, '0') === 0;

  return (
    <DocumentForm
      form={form}
      onSubmit={submit(false)}
      header={
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <DateField label={t('journalForm.entryDate')} required {...form.getInputProps('entryDate')} />
          <TextInput
            label={t('journalForm.memo')}
            required
            style={{ gridColumn: 'span 2' }}
            placeholder={t('journalForm.memoPlaceholder')}
            maxLength={500}
            {...form.getInputProps('memo')}
          />
        </SimpleGrid>
      }
    >
      <Paper withBorder>
        <EntryLinesGrid form={form} />
      </Paper>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onCancel}>
          {t('ui:actions.cancel')}
        </Button>
        <Button type="submit" variant={canPost ? 'default' : 'filled'} loading={saving}>
          {t('journalForm.saveDraft')}
        </Button>
        {canPost && (
          <Button
            loading={saving}
            disabled={!balanced}
            onClick={() => submit(true)()}
            title={balanced ? undefined : t('journalForm.mustBalance')}
          >
            {t('journalForm.saveAndPost')}
          </Button>
        )}
      </Group>
    </DocumentForm>
  );
}
