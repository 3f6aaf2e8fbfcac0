import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

/** Labelled values of a record, one per line; empty values show as a dash. */
export function FieldList({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <DataList orientation="horizontal" labelWidth={140} gap={6}>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value || '—'}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
