import { Button, Modal, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconBarcode, IconPrinter } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { notifyError } from './notify.ts';

/** The records that have labels, by the route that prints them. */
export type LabelledKind = 'product' | 'lot' | 'location';
const layouts = ['a4-3x8', 'roll-50x30', 'roll-100x50'] as const;
const symbols = ['barcode', 'qrcode'] as const;
type LabelOptions = {
  ids: string[];
  layout: (typeof layouts)[number];
  symbol: (typeof symbols)[number];
  copies: number;
};

function labelsPdf(kind: LabelledKind, body: LabelOptions) {
  const call = { body, parseAs: 'blob' } as const;
  if (kind === 'product') return api.POST('/api/products/labels', call);
  if (kind === 'lot') return api.POST('/api/inventory/lots/labels', call);
  return api.POST('/api/inventory/locations/labels', call);
}

/** Opens the labels PDF in a new tab; the tab is opened first so pop-up blockers let it through. */
async function openLabels(kind: LabelledKind, options: LabelOptions) {
  const tab = window.open('', '_blank');
  try {
    const url = URL.createObjectURL((await unwrap(labelsPdf(kind, options))) as Blob);
    if (tab) tab.location.href = url;
    else window.location.assign(url);
  } catch (error) {
    tab?.close();
    throw error;
  }
}

interface PrintLabelsProps {
  kind: LabelledKind;
  ids: string[];
  /** A smaller button, for a list's bulk actions. */
  compact?: boolean;
}

/** "Print labels": choose the sheet or label-printer size, barcode or QR, and copies of each; the PDF opens to print. */
export function PrintLabels({ kind, ids, compact }: PrintLabelsProps) {
  const { t } = useTranslation('ui');
  const [opened, setOpened] = useState(false);
  const [layout, setLayout] = useState<LabelOptions['layout']>('a4-3x8');
  const [symbol, setSymbol] = useState<LabelOptions['symbol']>('barcode');
  const [copies, setCopies] = useState<number | string>(1);
  const printing = useMutation({
    mutationFn: () => openLabels(kind, { ids, layout, symbol, copies: Number(copies) || 1 }),
    onSuccess: () => setOpened(false),
    onError: (error) => notifyError(error),
  });
  return (
    <>
      <Button
        variant="default"
        size={compact ? 'compact-sm' : 'sm'}
        leftSection={<IconBarcode size={16} />}
        onClick={() => setOpened(true)}
        data-testid="print-labels"
      >
        {t('labels.print')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('labels.title', { count: ids.length })}>
        <Stack>
          <Text size="sm" fw={500}>
            {t('labels.layout')}
          </Text>
          <SegmentedControl
            value={layout}
            onChange={(value) => setLayout(value as LabelOptions['layout'])}
            data={layouts.map((value) => ({ value, label: t(`labels.layouts.${value}`) }))}
          />
          <Text size="sm" fw={500}>
            {t('labels.symbol')}
          </Text>
          <SegmentedControl
            value={symbol}
            onChange={(value) => setSymbol(value as LabelOptions['symbol'])}
            data={symbols.map((value) => ({ value, label: t(`labels.symbols.${value}`) }))}
          />
          <NumberInput label={t('labels.copies')} min={1} max={100} value={copies} onChange={setCopies} />
          <Button
            leftSection={<IconPrinter size={16} />}
            loading={printing.isPending}
            onClick={() => printing.mutate()}
            data-testid="print-labels-confirm"
          >
            {t('labels.open')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
