import { Badge, Button, Checkbox, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { IconBarcode, IconDeviceFloppy } from '@tabler/icons-react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useActiveCompany } from '../../app/me.ts';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { subtractDecimals } from '../../ui/decimal.ts';
import { numberProblem } from '../../ui/form-rules.ts';
import { formatQuantity } from '../../ui/format.ts';
import { reasonOptions } from './count-labels.tsx';
import type { CountEntry, StockCount, StockCountLine, VarianceReason } from './stock-counts-api.ts';

/** What the counter changed on a line and has not saved yet. */
export interface LineEdit {
  countedQuantity?: string;
  recount?: boolean;
  reason?: VarianceReason | null;
}

export type LineEdits = Record<string, LineEdit>;

/** The unsaved edits as the entries of one save; an emptied count box clears the count. */
export const entriesOf = (edits: LineEdits): CountEntry[] =>
  Object.entries(edits).map(([lineId, edit]) => ({
    lineId,
    ...(edit.countedQuantity !== undefined ? { countedQuantity: edit.countedQuantity.trim() || null } : {}),
    ...(edit.recount !== undefined ? { recount: edit.recount } : {}),
    ...(edit.reason !== undefined ? { reason: edit.reason } : {}),
  }));

interface CountingGridProps {
  count: StockCount;
  edits: LineEdits;
  onEdit: (lineId: string, edit: LineEdit) => void;
  saving: boolean;
  onSave: () => void;
  /** Saves the edits with a scanned code the lines do not have; answers the line it became. */
  onAddByCode: (code: string) => Promise<string | undefined>;
  /** Line ids the server named in its last refusal. */
  problemLines: ReadonlySet<string>;
}

const matchesCode = (line: StockCountLine, code: string) =>
  line.barcode === code || line.sku.toLowerCase() === code.toLowerCase();

/**
 * The counter's sheet on screen: a scan box that jumps to the line of a barcode or SKU (adding a
 * line for what the snapshot did not have), a count box per line, the recount flag and the
 * variance reason. Nothing is stored until "Save progress".
 */
export function CountingGrid({ count, edits, onEdit, saving, onSave, onAddByCode, problemLines }: CountingGridProps) {
  const company = useActiveCompany();
  const { t } = useTranslation('stock-counts');
  const [code, setCode] = useState('');
  const [scanProblem, setScanProblem] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const scanBox = useRef<HTMLInputElement>(null);
  const hidden = count.systemQuantitiesHidden;
  const unsaved = Object.keys(edits).length;
  const reasons = reasonOptions(t);

  const focusLine = (lineId: string) => {
    const input = inputs.current.get(lineId);
    input?.focus();
    input?.select();
  };

  const scan = async () => {
    const scanned = code.trim();
    if (!scanned) return;
    setScanProblem(null);
    const matching = count.lines.filter((line) => matchesCode(line, scanned));
    const target = matching.find((line) => line.countedQuantity === null && !edits[line.id]) ?? matching[0];
    if (target) {
      setCode('');
      focusLine(target.id);
      return;
    }
    try {
      const lineId = await onAddByCode(scanned);
      setCode('');
      if (lineId) setTimeout(() => focusLine(lineId), 50);
    } catch (error) {
      setScanProblem(errorMessage(error));
    }
  };

  const backToScan = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    scanBox.current?.focus();
  };

  return (
    <>
      <Group justify="space-between" align="flex-end" px="md" pb="sm" wrap="wrap" gap="sm">
        <TextInput
          ref={scanBox}
          label={t('countingGrid.scanLabel')}
          placeholder={t('countingGrid.scanPlaceholder')}
          maxLength={100}
          leftSection={<IconBarcode size={16} />}
          w={320}
          value={code}
          error={scanProblem}
          onChange={(event) => setCode(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void scan();
            }
          }}
          data-testid="scan-input"
        />
        <Group gap="sm">
          <Text size="sm" c={unsaved ? 'orange' : 'dimmed'} data-testid="unsaved-lines">
            {unsaved ? t('countingGrid.unsaved', { count: unsaved }) : t('countingGrid.allSaved')}
          </Text>
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            disabled={unsaved === 0}
            loading={saving}
            onClick={onSave}
            data-testid="save-counts"
          >
            {t('countingGrid.saveProgress')}
          </Button>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing={4} horizontalSpacing="sm" fz="sm" striped data-testid="counting-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>{t('countColumns.location')}</Table.Th>
              <Table.Th>{t('countColumns.product')}</Table.Th>
              {!hidden && <Table.Th ta="right">{t('countColumns.system')}</Table.Th>}
              <Table.Th w={120}>{t('countColumns.counted')}</Table.Th>
              {!hidden && <Table.Th ta="right">{t('countColumns.variance')}</Table.Th>}
              <Table.Th w={190}>{t('countColumns.reason')}</Table.Th>
              <Table.Th w={80}>{t('countColumns.recount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {count.lines.map((line) => {
              const edit = edits[line.id] ?? {};
              const counted = edit.countedQuantity ?? line.countedQuantity ?? '';
              const problem = numberProblem(counted);
              const valid = problem === null;
              const variance =
                !hidden && line.systemQuantity !== null && counted.trim() !== '' && valid
                  ? subtractDecimals(counted.trim(), line.systemQuantity)
                  : null;
              const reason = edit.reason !== undefined ? edit.reason : line.reason;
              return (
                <Table.Tr
                  key={line.id}
                  data-testid="count-line"
                  data-sku={line.sku}
                  bg={problemLines.has(line.id) ? 'var(--mantine-color-red-light)' : undefined}
                >
                  <Table.Td>{line.lineNo}</Table.Td>
                  <Table.Td ff="monospace">{line.locationCode}</Table.Td>
                  <Table.Td>
                    <Text span ff="monospace" fw={600} size="sm">
                      {line.sku}
                    </Text>{' '}
                    <Text span size="sm">
                      {line.productName}
                    </Text>
                    {line.lotNumber && (
                      <Text size="xs" c="dimmed">
                        {t('countColumns.lot', { lot: line.lotNumber })}
                      </Text>
                    )}
                    {line.addedWhileCounting && (
                      <Badge size="xs" variant="light" color="grape" ml={6}>
                        {t('countColumns.found')}
                      </Badge>
                    )}
                  </Table.Td>
                  {!hidden && (
                    <Table.Td ta="right">
                      {line.systemQuantity === null ? '—' : formatQuantity(line.systemQuantity, company)}{' '}
                      <Text span size="xs" c="dimmed">
                        {line.unitOfMeasure}
                      </Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <DecimalInput
                      size="xs"
                      aria-label={t('countingGrid.countedOf', { sku: line.sku, location: line.locationCode })}
                      ref={(element) => {
                        if (element) inputs.current.set(line.id, element);
                        else inputs.current.delete(line.id);
                      }}
                      value={counted}
                      error={problem}
                      onChange={(countedQuantity) => onEdit(line.id, { countedQuantity })}
                      onKeyDown={backToScan}
                      data-testid="counted-input"
                    />
                  </Table.Td>
                  {!hidden && (
                    <Table.Td
                      ta="right"
                      fw={600}
                      c={variance === null || variance === '0' ? 'dimmed' : variance.startsWith('-') ? 'red' : 'teal'}
                      data-testid="line-variance"
                    >
                      {variance === null
                        ? '—'
                        : `${variance.startsWith('-') ? '' : '+'}${formatQuantity(variance, company)}`}
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('countingGrid.reasonFor', { sku: line.sku, location: line.locationCode })}
                      placeholder={variance !== null && variance !== '0' ? t('countingGrid.chooseReason') : '—'}
                      clearable
                      data={reasons}
                      value={reason}
                      onChange={(value) => onEdit(line.id, { reason: value as VarianceReason | null })}
                      data-testid="reason-select"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('countingGrid.recountOf', { sku: line.sku, location: line.locationCode })}
                      checked={edit.recount ?? line.recount}
                      onChange={(event) => onEdit(line.id, { recount: event.currentTarget.checked })}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {count.lines.length === 0 && (
        <Text size="sm" c="dimmed" p="md">
          {t('countingGrid.emptySnapshot')}
        </Text>
      )}
    </>
  );
}
