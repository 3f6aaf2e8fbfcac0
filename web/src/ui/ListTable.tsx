import { EmptyState, Paper, Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyList {
  icon: ReactNode;
  title: string;
  description: string;
}

interface ListTableProps {
  head: ReactNode;
  children: ReactNode;
  /** What to show instead of the table when the list has no rows. */
  empty: EmptyList | null;
  minWidth?: number;
}

/** A compact bordered table of records, or a friendly note when there are none. */
export function ListTable({ head, children, empty, minWidth = 640 }: ListTableProps) {
  return (
    <Paper withBorder>
      {empty ? (
        <EmptyState
          icon={empty.icon}
          withIndicatorBackground
          title={empty.title}
          description={empty.description}
          py="xl"
        />
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table verticalSpacing={8} horizontalSpacing="md" highlightOnHover>
            <Table.Thead>{head}</Table.Thead>
            <Table.Tbody>{children}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
