import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DecimalInput, type DecimalInputProps } from '../DecimalInput.tsx';
import type { LineColumn } from './LinesGrid.tsx';

/** The product of a line: its SKU, its name, and below them any hint or error of the line. */
export function ProductCell({
  sku,
  name,
  children,
  error,
}: {
  sku: string;
  name: string;
  children?: ReactNode;
  error?: ReactNode;
}) {
  return (
    <>
      <Text size="sm" fw={600} ff="monospace">
        {sku}
      </Text>
      <Text size="xs" c="dimmed">
        {name}
      </Text>
      {children}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}

/** A quantity, price or percentage in a line, right-aligned, with the unit it is in when given. */
export function LineNumberInput({ unit, ...props }: DecimalInputProps & { unit?: string }) {
  return (
    <DecimalInput
      size="xs"
      styles={{ input: { textAlign: 'right' } }}
      rightSection={
        unit ? (
          <Text size="xs" c="dimmed">
            {unit}
          </Text>
        ) : undefined
      }
      rightSectionWidth={unit ? 40 : undefined}
      {...props}
    />
  );
}

/** A read-only cell that says the line's product is not tracked by lot or serial. */
export function NotTracked() {
  const { t } = useTranslation('ui');
  return (
    <Text size="xs" c="dimmed" pt={6}>
      {t('lines.notTracked')}
    </Text>
  );
}

/**
 * A right-aligned column of one number input per line; the header is the input's label unless the
 * line's props give another (`Debit of line 2`).
 */
export function numberColumn<L>(
  header: string,
  width: number,
  input: (line: L, index: number) => DecimalInputProps & { unit?: string },
): LineColumn<L> {
  return {
    header,
    width,
    align: 'right',
    cell: (line, index) => <LineNumberInput aria-label={header} {...input(line, index)} />,
  };
}
