import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useActiveCompany } from '../../app/me.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { compareDecimals, isDecimalText, subtractDecimals, sumDecimals } from '../../ui/decimal.ts';
import { formRules } from '../../ui/form-rules.ts';
import { formatMoney } from '../../ui/format.ts';
import { LineErrorsBanner } from '../../ui/LineErrorsBanner.tsx';
import { currencyDecimals } from '../../ui/number-text.ts';
import { SaveShortcut } from '../../ui/SaveShortcut.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import { CustomerSelect } from '../sales/CustomerSelect.tsx';
import { AccountSelect } from './AccountSelect.tsx';
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

const numberInput = {
  kind: 'money',
  size: 'xs',
  styles: { input: { textAlign: 'right' } },
} as const;

function LineGrid({ form }: { form: EntryForm }) {
  const company = useActiveCompany();
  const lines = form.values.lines;
  const totals = entryTotals(lines);
  const balanced = compareDecimals(totals.difference, '0') === 0;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" style={{ verticalAlign: 'top' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={32}>#</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th w={130} ta="right">
              Debit
            </Table.Th>
            <Table.Th w={130} ta="right">
              Credit
            </Table.Th>
            <Table.Th w={210}>Partner</Table.Th>
            <Table.Th w={200}>Line memo</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, i) => (
            <Table.Tr key={line.key} data-testid="entry-line">
              <Table.Td c="dimmed" pt={10}>
                {i + 1}
              </Table.Td>
              <Table.Td>
                <AccountSelect
                  aria-label={`Account of line ${i + 1}`}
                  size="xs"
                  placeholder="Search accounts"
                  {...form.getInputProps(`lines.${i}.accountId`)}
                />
              </Table.Td>
              <Table.Td>
                <DecimalInput
                  aria-label={`Debit of line ${i + 1}`}
                  {...numberInput}
                  {...form.getInputProps(`lines.${i}.debit`)}
                />
              </Table.Td>
              <Table.Td>
                <DecimalInput
                  aria-label={`Credit of line ${i + 1}`}
                  {...numberInput}
                  {...form.getInputProps(`lines.${i}.credit`)}
                />
              </Table.Td>
              <Table.Td>
                <CustomerSelect
                  aria-label={`Partner of line ${i + 1}`}
                  size="xs"
                  placeholder="None"
                  {...form.getInputProps(`lines.${i}.partnerId`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`Memo of line ${i + 1}`}
                  size="xs"
                  maxLength={500}
                  {...form.getInputProps(`lines.${i}.memo`)}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove line ${i + 1}`}
                  onClick={() => form.removeListItem('lines', i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td />
            <Table.Td fw={600}>Total</Table.Td>
            <Table.Td ta="right" fw={600} data-testid="total-debit">
              {formatMoney(totals.debit, company)}
            </Table.Td>
            <Table.Td ta="right" fw={600} data-testid="total-credit">
              {formatMoney(totals.credit, company)}
            </Table.Td>
            <Table.Td colSpan={3}>
              <Text size="sm" fw={600} c={balanced ? 'teal' : 'orange'} data-testid="entry-difference">
                {balanced
                  ? 'Balanced'
                  : `Difference ${formatMoney(totals.difference.replace('-', ''), company)} (${compareDecimals(totals.difference, '0') > 0 ? 'more debit' : 'more credit'})`}
              </Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
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
          <Group justify="space-between" px="md" pt="sm">
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
          <LineErrorsBanner errors={form.errors} fields={lineFields} />
          <LineGrid form={form} />
          {typeof form.errors.lines === 'string' && (
            <Text size="sm" c="red" px="md" pb="sm" role="alert">
              {form.errors.lines}
            </Text>
          )}
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
