import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useActiveCompany } from '../../app/me.ts';
import { DateField } from '../../ui/DateField.tsx';
import { compareDecimals, isDecimalText, subtractDecimals, sumDecimals } from '../../ui/decimal.ts';
import { formRules } from '../../ui/form-rules.ts';
import { formatMoney } from '../../ui/format.ts';
import { type LineColumn, LinesGrid, numberColumn } from '../../ui/lines/index.ts';
import { currencyDecimals } from '../../ui/number-text.ts';
import { AccountSelect, CustomerSelect } from '../../ui/pickers/index.ts';
import { SaveShortcut } from '../../ui/SaveShortcut.tsx';
import { TotalRow } from '../../ui/TotalRow.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
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

const lineFields = { accountId: 'account', debit: 'debit', credit: 'credit', memo: 'memo' };

/** Σ debit and Σ credit under the lines, and how far apart they are. */
function EntryTotals({ lines }: { lines: EntryLineValues[] }) {
  const company = useActiveCompany();
  const totals = entryTotals(lines);
  const side = compareDecimals(totals.difference, '0');
  return (
    <Stack gap={4} w={320} ml="auto">
      <TotalRow label="Total debit" value={formatMoney(totals.debit, company)} testId="total-debit" />
      <TotalRow label="Total credit" value={formatMoney(totals.credit, company)} testId="total-credit" />
      <Text size="sm" fw={600} ta="right" c={side === 0 ? 'teal' : 'orange'} data-testid="entry-difference">
        {side === 0
          ? 'Balanced'
          : `Difference ${formatMoney(totals.difference.replace('-', ''), company)} (${side > 0 ? 'more debit' : 'more credit'})`}
      </Text>
    </Stack>
  );
}

function EntryLinesGrid({ form }: { form: EntryForm }) {
  const input = (field: keyof EntryLineValues, i: number) => form.getInputProps(`lines.${i}.${field}`);
  const amount = (header: 'Debit' | 'Credit') =>
    numberColumn<EntryLineValues>(header, 130, (_, i) => ({
      'aria-label': `${header} of line ${i + 1}`,
      kind: 'money',
      ...input(header === 'Debit' ? 'debit' : 'credit', i),
    }));
  const columns: LineColumn<EntryLineValues>[] = [
    {
      header: 'Account',
      cell: (_, i) => (
        <AccountSelect
          aria-label={`Account of line ${i + 1}`}
          size="xs"
          placeholder="Search accounts"
          {...input('accountId', i)}
        />
      ),
    },
    amount('Debit'),
    amount('Credit'),
    {
      header: 'Partner',
      width: 210,
      cell: (_, i) => (
        <CustomerSelect
          aria-label={`Partner of line ${i + 1}`}
          size="xs"
          placeholder="None"
          {...input('partnerId', i)}
        />
      ),
    },
    {
      header: 'Line memo',
      width: 200,
      cell: (_, i) => (
        <TextInput aria-label={`Memo of line ${i + 1}`} size="xs" maxLength={500} {...input('memo', i)} />
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
            Lines
          </Title>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('lines', emptyLine())}
          >
            Add line
          </Button>
        </Group>
      }
      newLine={() => form.insertListItem('lines', emptyLine())}
      onRemove={(i) => form.removeListItem('lines', i)}
      empty="No lines yet: add one."
      errors={form.errors}
      fields={lineFields}
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
  const { currency } = useActiveCompany();
  const amount = formRules.number({ decimals: currencyDecimals(currency), unit: currency });
  const form = useForm<EntryFormValues>({
    initialValues: initial,
    validate: {
      entryDate: (value) => (value ? null : 'Choose the entry date'),
      memo: (value) => (value.trim() ? null : 'Say what the entry is for'),
      lines: {
        accountId: (value) => (value ? null : 'Choose an account'),
        debit: amount,
        credit: amount,
      },
    },
  });
  const submit = (post: boolean) =>
    form.onSubmit((values) => {
      if (values.lines.length < 2) {
        form.setFieldError('lines', 'An entry needs at least two lines');
        return;
      }
      onSubmit(values, form, post);
    });
  const balanced = compareDecimals(entryTotals(form.values.lines).difference, '0') === 0;

  return (
    <form onSubmit={submit(false)} noValidate>
      <UnsavedChangesGuard form={form} />
      <SaveShortcut />
      <Stack gap="md">
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <DateField label="Entry date" required {...form.getInputProps('entryDate')} />
            <TextInput
              label="Memo"
              required
              style={{ gridColumn: 'span 2' }}
              placeholder="What the entry records"
              maxLength={500}
              {...form.getInputProps('memo')}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder>
          <EntryLinesGrid form={form} />
        </Paper>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant={canPost ? 'default' : 'filled'} loading={saving}>
            Save draft
          </Button>
          {canPost && (
            <Button
              loading={saving}
              disabled={!balanced}
              onClick={() => submit(true)()}
              title={balanced ? undefined : 'Debits and credits must be equal to post'}
            >
              Save and post
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
