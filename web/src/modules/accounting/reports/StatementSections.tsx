import { Paper, Table, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { formatMoney } from '../../../ui/format.ts';
import type { StatementSection } from '../accounting-api.ts';

interface StatementSectionsProps {
  sections: StatementSection[];
  /** Rows after the sections: subtotals and the bottom line. */
  footer: Array<{ label: string; amount: string; strong?: boolean; testId?: string }>;
  /** The range whose general ledger an account name opens. */
  ledgerRange: { from: string; to: string };
  empty?: ReactNode;
}

/** A financial statement: each top-level group with its accounts and total, then the bottom lines. */
export function StatementSections({ sections, footer, ledgerRange, empty }: StatementSectionsProps) {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const canOpen = useCan('accounting.report.read');
  return (
    <Paper withBorder>
      <Table verticalSpacing={5} horizontalSpacing="md" fz="sm">
        <Table.Tbody>
          {sections.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={2}>
                <Text size="sm" c="dimmed" ta="center" py="md">
                  {empty ?? t('reports.nothingPosted')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {sections.map((section) => (
            <Fragment key={section.code}>
              <Table.Tr bg="var(--mantine-color-default-hover)">
                <Table.Td colSpan={2} fw={700}>
                  {section.name}
                </Table.Td>
              </Table.Tr>
              {section.rows.map((row) => (
                <Table.Tr key={row.accountId} data-testid="statement-row">
                  <Table.Td pl="xl">
                    <Text span ff="monospace" c="dimmed" mr="sm">
                      {row.code}
                    </Text>
                    {canOpen ? (
                      <AnchorLink
                        to="/accounting/reports/general-ledger"
                        search={{ accountId: row.accountId, ...ledgerRange }}
                        fz="sm"
                      >
                        {row.name}
                      </AnchorLink>
                    ) : (
                      row.name
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(row.amount, company)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td fw={600}>{t('reports.sectionTotal', { section: section.name.toLowerCase() })}</Table.Td>
                <Table.Td ta="right" fw={600} data-testid={`section-total-${section.code}`}>
                  {formatMoney(section.total, company)}
                </Table.Td>
              </Table.Tr>
            </Fragment>
          ))}
          {footer.map((line) => (
            <Table.Tr
              key={line.label}
              style={line.strong ? { borderTop: '2px solid var(--mantine-color-default-border)' } : undefined}
            >
              <Table.Td fw={line.strong ? 700 : 600}>{line.label}</Table.Td>
              <Table.Td ta="right" fw={line.strong ? 700 : 600} data-testid={line.testId}>
                {formatMoney(line.amount, company)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
