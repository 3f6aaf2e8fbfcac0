import { ActionIcon, Box, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type CSSProperties, type ReactNode, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LineErrorsBanner } from '../LineErrorsBanner.tsx';
import { type FocusTarget, focusCell, onLineKeys } from './line-keys.ts';
import './lines-grid.css';

export interface LineColumn<L> {
  /** The column's header; also the field's label when lines stack at phone width. */
  header: string;
  width?: number;
  align?: 'right';
  /** Plain text beside inputs: set on the inputs' baseline. */
  text?: boolean;
  testId?: string;
  cell: (line: L, index: number) => ReactNode;
}

export interface LinesGridProps<L> {
  lines: L[];
  /** What keeps lines apart across edits; the line's `key` unless told. */
  keyOf?: (line: L) => string;
  columns: LineColumn<L>[];
  /** Each line's `data-testid`. */
  lineTestId: string;
  /** How to add a line: a product search, a button; Enter in a line's field goes to its first input. */
  adder?: ReactNode;
  /** Enter in a line adds this line and focuses it (grids whose lines are typed, not picked). */
  newLine?: () => void;
  onRemove?: (index: number) => void;
  removeLabel?: (line: L, index: number) => string;
  /** Shown when there are no lines: what to do to add one. */
  empty?: string;
  /** The form's errors by path; a banner names each line's problem, a text the list's own (`lines`). */
  errors?: Record<string, unknown>;
  /** The columns as the banner names them: `{ quantity: 'quantity' }`. */
  fields?: Record<string, string>;
  /** Below the lines: totals. */
  footer?: ReactNode;
  minWidth?: number;
  numbered?: boolean;
}

/**
 * The one line editor of documents with lines. Keyboard: Enter adds a line, arrow up/down move
 * between lines in the same column, Ctrl+Delete (⌘+Delete) removes the line being edited. At phone
 * width each line stacks into a card.
 */
export function LinesGrid<L>({
  lines,
  keyOf = (line) => (line as { key: string }).key,
  columns,
  lineTestId,
  adder,
  newLine,
  onRemove,
  removeLabel,
  empty,
  errors = {},
  fields,
  footer,
  minWidth = 720,
  numbered = true,
}: LinesGridProps<L>) {
  const { t } = useTranslation('ui');
  const body = useRef<HTMLTableSectionElement>(null);
  const adderBox = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);
  // Focus follows a line that was added or removed once the grid shows the change.
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    focusCell(body.current, pendingFocus.current);
    pendingFocus.current = null;
  });
  const firstCell = numbered ? 1 : 0;
  const add = () => {
    if (newLine) {
      pendingFocus.current = { row: lines.length, cell: firstCell };
      newLine();
    } else {
      adderBox.current?.querySelector('input')?.focus();
    }
  };
  const remove = (index: number, cell: number) => {
    pendingFocus.current = { row: Math.min(index, lines.length - 2), cell };
    onRemove?.(index);
  };
  const listError = errors.lines;
  const span = columns.length + (numbered ? 1 : 0) + (onRemove ? 1 : 0);

  return (
    <>
      {adder && (
        <Box ref={adderBox} px="md" pt="sm">
          {adder}
        </Box>
      )}
      {typeof listError === 'string' && (
        <Text size="sm" c="red" px="md" pt={4} role="alert">
          {listError}
        </Text>
      )}
      {fields && (
        <Box px="md" pt="sm">
          <LineErrorsBanner errors={errors} fields={fields} />
        </Box>
      )}
      <div className="lines-grid-scroll" style={{ '--lines-grid-min-width': `${minWidth}px` } as CSSProperties}>
        <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" style={{ verticalAlign: 'top' }}>
          <Table.Thead>
            <Table.Tr>
              {numbered && <Table.Th w={36}>#</Table.Th>}
              {columns.map((column) => (
                <Table.Th key={column.header} w={column.width} ta={column.align}>
                  {column.header}
                </Table.Th>
              ))}
              {onRemove && <Table.Th w={44} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody
            ref={body}
            onKeyDown={(event) =>
              onLineKeys(event, {
                add: adder || newLine ? add : undefined,
                remove: onRemove
                  ? (row) => remove(row, (event.target as HTMLElement).closest('td')?.cellIndex ?? 0)
                  : undefined,
                move: (target) => focusCell(body.current, target),
              })
            }
          >
            {lines.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={span}>
                  <Text size="sm" c="dimmed" ta="center" py="md">
                    {empty ?? t('lines.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {lines.map((line, index) => (
              <Table.Tr key={keyOf(line)} data-line={index} data-testid={lineTestId}>
                {numbered && (
                  <Table.Td c="dimmed" pt={12}>
                    {index + 1}
                  </Table.Td>
                )}
                {columns.map((column) => (
                  <Table.Td
                    key={column.header}
                    data-label={column.header}
                    ta={column.align}
                    pt={column.text ? 12 : undefined}
                    data-testid={column.testId}
                  >
                    {column.cell(line, index)}
                  </Table.Td>
                ))}
                {onRemove && (
                  <Table.Td data-role="remove">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={removeLabel?.(line, index) ?? t('lines.removeLine', { line: index + 1 })}
                      title={t('lines.removeHint')}
                      onClick={() => onRemove(index)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {footer && (
        <Box px="md" pb="md" pt="xs">
          {footer}
        </Box>
      )}
    </>
  );
}
