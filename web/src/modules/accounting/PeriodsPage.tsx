import { Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatDateTime, formatDay, formatMonth, todayIn } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { type FiscalYear, useFiscalYears, usePeriodActions } from './accounting-api.ts';

function StateBadge({ state }: { state: 'open' | 'closed' }) {
  const { t } = useTranslation('accounting');
  return (
    <Badge color={state === 'open' ? 'teal' : 'gray'} variant="light">
      {state === 'open' ? t('periods.open') : t('periods.closed')}
    </Badge>
  );
}

function YearPanel({ year, onAskClose }: { year: FiscalYear; onAskClose: (year: FiscalYear) => void }) {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const canManage = useCan('accounting.period.manage');
  const actions = usePeriodActions();
  const done = (message: string) => ({
    onSuccess: () => notifySuccess(message),
    onError: (error: unknown) => notifyError(error),
  });
  const months = year.periods.filter((p) => !p.isClosingPeriod);
  return (
    <Paper withBorder data-testid="fiscal-year">
      <Group justify="space-between" px="md" pt="sm" pb="sm">
        <Group gap="sm">
          <Title order={2} size="h4">
            {year.year}
          </Title>
          <StateBadge state={year.state} />
          {year.closingEntryId && (
            <AnchorLink to="/accounting/journal/$entryId" params={{ entryId: year.closingEntryId }} fz="sm">
              {t('periods.closingEntry')}
            </AnchorLink>
          )}
        </Group>
        {canManage &&
          (year.state === 'open' ? (
            <Button size="xs" leftSection={<IconLock size={14} />} onClick={() => onAskClose(year)}>
              {t('periods.closeYear')}
            </Button>
          ) : (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconLockOpen size={14} />}
              loading={actions.reopenYear.isPending}
              onClick={() => actions.reopenYear.mutate(year.id, done(t('periods.yearReopened', { year: year.year })))}
            >
              {t('periods.reopenYear')}
            </Button>
          ))}
      </Group>
      <Table verticalSpacing={4} horizontalSpacing="md" fz="sm">
        <Table.Tbody>
          {months.map((p) => (
            <Table.Tr key={p.id} data-testid="period-row">
              <Table.Td w="30%">{formatMonth(p.startDate, company, 'name')}</Table.Td>
              <Table.Td c="dimmed">
                {formatDay(p.startDate, company)} – {formatDay(p.endDate, company)}
              </Table.Td>
              <Table.Td>
                <StateBadge state={p.state} />
                {p.closedAt && (
                  <Text span size="xs" c="dimmed" ml="xs">
                    {formatDateTime(p.closedAt, company)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {canManage && year.state === 'open' && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() =>
                      p.state === 'open'
                        ? actions.closePeriod.mutate(
                            p.id,
                            done(
                              t('periods.periodClosed', {
                                month: formatMonth(p.startDate, company, 'name'),
                                year: year.year,
                              }),
                            ),
                          )
                        : actions.reopenPeriod.mutate(
                            p.id,
                            done(
                              t('periods.periodReopened', {
                                month: formatMonth(p.startDate, company, 'name'),
                                year: year.year,
                              }),
                            ),
                          )
                    }
                  >
                    {p.state === 'open' ? t('periods.close') : t('periods.reopen')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** Fiscal years and their months: close a month against late postings, close the year into retained earnings. */
export function PeriodsPage() {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const years = useFiscalYears();
  const actions = usePeriodActions();
  const canManage = useCan('accounting.period.manage');
  const [newYear, setNewYear] = useState<number | string>(Number(todayIn(company.timezone).slice(0, 4)));
  const [closing, setClosing] = useState<FiscalYear | null>(null);
  if (years.error) return <ErrorAlert error={years.error} onRetry={() => void years.refetch()} />;
  if (!years.data) return <LoadingBlock />;

  const closeYear = () =>
    closing &&
    actions.closeYear.mutate(closing.id, {
      onSuccess: (result) => {
        notifySuccess(
          result.entry
            ? t('periods.yearClosedInto', { year: closing.year, entry: result.entry.number })
            : t('periods.yearClosedEmpty', { year: closing.year }),
        );
        setClosing(null);
      },
      onError: (error) => notifyError(error, t('periods.closeYearFailed')),
    });

  return (
    <>
      <PageHeader
        title={t('periods.title')}
        description={t('periods.description')}
        actions={
          canManage && (
            <Group gap="xs" align="flex-end">
              <NumberInput
                aria-label={t('periods.year')}
                w={100}
                min={1900}
                max={2999}
                value={newYear}
                onChange={setNewYear}
              />
              <Button
                variant="default"
                leftSection={<IconCalendarPlus size={16} />}
                loading={actions.createYear.isPending}
                onClick={() =>
                  actions.createYear.mutate(Number(newYear), {
                    onSuccess: () => notifySuccess(t('periods.yearOpened', { year: newYear })),
                    onError: (error) => notifyError(error),
                  })
                }
              >
                {t('periods.openYear')}
              </Button>
            </Group>
          )
        }
      />
      <Stack gap="md">
        {years.data.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('periods.none')}
          </Text>
        )}
        {years.data.map((year) => (
          <YearPanel key={year.id} year={year} onAskClose={setClosing} />
        ))}
      </Stack>
      <ConfirmDialog
        opened={closing !== null}
        title={t('periods.closeYearTitle', { year: closing?.year })}
        confirmLabel={t('periods.closeYear')}
        loading={actions.closeYear.isPending}
        onConfirm={closeYear}
        onCancel={() => setClosing(null)}
      >
        {t('periods.closeYearText')}
      </ConfirmDialog>
    </>
  );
}
