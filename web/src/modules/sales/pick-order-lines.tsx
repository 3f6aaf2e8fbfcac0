import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { formatQuantity } from '../../ui/format.ts';
import { type LineColumn, LinesGrid, ProductCell } from '../../ui/lines/index.ts';
import type { SalesOrder } from './sales-api.ts';

export type OrderLine = SalesOrder['lines'][number];

/** What the order page hands a modal that acts on its lines. */
export interface OrderModalProps {
  order: SalesOrder;
  opened: boolean;
  onClose: () => void;
}

/** How much of each order line goes now: the columns after the product and what is left of it. */
interface PickOrderLinesProps {
  lines: OrderLine[];
  lineTestId: string;
  /** What is left of a line to take, and the header that says what. */
  remaining: { header: string; of: (line: OrderLine) => string };
  /** How much of a line to take now: the column's header, the input's label, its value and its problem. */
  quantity: {
    header: string;
    label: (line: OrderLine) => string;
    value: (line: OrderLine) => string;
    problem: (line: OrderLine) => string | null;
    onChange: (line: OrderLine, quantity: string) => void;
  };
  columns: LineColumn<OrderLine>[];
}

/** The lines of an order with a quantity to take of each, as for a delivery or a return. */
export function PickOrderLines({ lines, lineTestId, remaining, quantity, columns }: PickOrderLinesProps) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  return (
    <LinesGrid
      lines={lines}
      keyOf={(line) => line.id}
      numbered={false}
      minWidth={640}
      lineTestId={lineTestId}
      columns={[
        { header: t('pickOrderLines.product'), cell: (line) => <ProductCell sku={line.sku} name={line.productName} /> },
        {
          header: remaining.header,
          align: 'right',
          text: true,
          cell: (line) => `${formatQuantity(remaining.of(line), company)} ${line.unitOfMeasure}`,
        },
        {
          header: quantity.header,
          width: 130,
          cell: (line) => (
            <DecimalInput
              aria-label={quantity.label(line)}
              size="xs"
              value={quantity.value(line)}
              error={quantity.problem(line)}
              onChange={(value) => quantity.onChange(line, value)}
            />
          ),
        },
        ...columns,
      ]}
    />
  );
}

interface PickModalProps {
  title: string;
  opened: boolean;
  onClose: () => void;
  intro?: ReactNode;
  lines: ReactNode;
  date: { label: string; value: string | null; onChange: (value: string | null) => void };
  note: { label: string; placeholder?: string; maxLength: number; value: string; onChange: (value: string) => void };
  submit: { label: string; onClick: () => void; loading: boolean; disabled: boolean };
}

/** A modal that takes order lines somewhere: the lines, a date, a note, and the button that does it. */
export function PickModal({ title, opened, onClose, intro, lines, date, note, submit }: PickModalProps) {
  const { t } = useTranslation('ui');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl" centered>
      <Stack gap="sm">
        {intro}
        {lines}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField label={date.label} value={date.value} onChange={date.onChange} />
          <TextInput
            label={note.label}
            placeholder={note.placeholder}
            maxLength={note.maxLength}
            value={note.value}
            onChange={(event) => note.onChange(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={submit.onClick} loading={submit.loading} disabled={submit.disabled}>
            {submit.label}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
