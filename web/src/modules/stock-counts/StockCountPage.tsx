import { Alert, Badge, Button, Grid, Group, List, Menu, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCheck,
  IconChevronDown,
  IconClipboardCheck,
  IconFileSpreadsheet,
  IconFileTypeCsv,
  IconFileTypePdf,
  IconPlayerPlay,
  IconPrinter,
  IconSend,
  IconX,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AuditTrail } from '../../ui/AuditTrail.tsx';
import { Chatter } from '../../ui/Chatter.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';
import { friendlyFieldMessage } from '../../ui/form-errors.ts';
import { numberProblem } from '../../ui/form-rules.ts';
import { formatDay } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import { CancelCountModal } from './CancelCountModal.tsx';
import { CountingGrid, entriesOf, type LineEdit, type LineEdits } from './CountingGrid.tsx';
import { CountLinesTable } from './CountLinesTable.tsx';
import { CountDetails, CountFigures, CountProgress } from './CountSummary.tsx';
import { CountStateBadge, frequencyLabels } from './count-labels.tsx';
import { RejectCountModal } from './RejectCountModal.tsx';
import {
  downloadCountSheet,
  downloadVarianceReport,
  type SimpleAction,
  type StockCount,
  useCancelCount,
  useCountTransition,
  useRejectCount,
  useSaveCounts,
  useStockCount,
} from './stock-counts-api.ts';

const route = getRouteApi('/shell/inventory/stock-counts/$countId');

const actionButtons: Record<
  SimpleAction,
  { label: string; permission: string; icon: typeof IconCheck; done: (n: string) => string }
> = {
  start: {
    label: 'Start counting',
    permission: 'inventory.count.manage',
    icon: IconPlayerPlay,
    done: (n) => `${n}: counting started`,
  },
  finish: {
    label: 'Finish counting',
    permission: 'inventory.count.record',
    icon: IconClipboardCheck,
    done: (n) => `${n} counted`,
  },
  review: {
    label: 'Mark reviewed',
    permission: 'inventory.count.review',
    icon: IconCheck,
    done: (n) => `${n} reviewed`,
  },
  approve: { label: 'Approve', permission: 'inventory.count.review', icon: IconCheck, done: (n) => `${n} approved` },
  post: {
    label: 'Post adjustment',
    permission: 'inventory.count.post',
    icon: IconSend,
    done: (n) => `${n} posted: stock adjusted`,
  },
};

/** Why the server refused, with the lines it named (`lines.3.reason` is the 4th line). */
/** `lines.2.countedQuantity` as the counter reads it: line 3 and what is wrong. */
const lineProblem = (f: { path: string; message: string }) =>
  `Line ${Number(f.path.split('.')[1]) + 1}: ${friendlyFieldMessage(f.message)}`;

function Refusal({ error, onClose }: { error: unknown; onClose: () => void }) {
  const fields = error instanceof ApiError ? error.fields : [];
  const lineProblems = fields.filter((f) => /^lines\.\d+\./.test(f.path));
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={lineProblems.length > 0 ? 'Some lines need attention' : 'The count was not changed'}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
      mb="md"
      data-testid="count-refusal"
    >
      {lineProblems.length > 0 ? (
        <List size="sm" spacing={2}>
          {lineProblems.map((f) => (
            <List.Item key={f.path}>{lineProblem(f)}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{errorMessage(error)}</Text>
      )}
    </Alert>
  );
}

function DownloadMenu({ count }: { count: StockCount }) {
  const exporting = useMutation({
    mutationFn: (what: 'sheet' | ExportFormat) =>
      what === 'sheet' ? downloadCountSheet(count) : downloadVarianceReport(count, what),
    onError: (error) => notifyError(error, 'Could not download'),
  });
  const canSeeVariances = !count.systemQuantitiesHidden && count.state !== 'scheduled';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={exporting.isPending}
        >
          Print & export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFileTypePdf size={16} />}
          disabled={count.state === 'scheduled'}
          onClick={() => exporting.mutate('sheet')}
        >
          Count sheet (PDF)
        </Menu.Item>
        <Menu.Label>Variance report</Menu.Label>
        <Menu.Item
          leftSection={<IconFileTypePdf size={16} />}
          disabled={!canSeeVariances}
          onClick={() => exporting.mutate('pdf')}
        >
          PDF
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileTypeCsv size={16} />}
          disabled={!canSeeVariances}
          onClick={() => exporting.mutate('csv')}
        >
          CSV
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} />}
          disabled={!canSeeVariances}
          onClick={() => exporting.mutate('xlsx')}
        >
          Excel (XLSX)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function CountView({ count }: { count: StockCount }) {
  const company = useActiveCompany();
  const held: Record<string, boolean> = {
    'inventory.count.manage': useCan('inventory.count.manage'),
    'inventory.count.record': useCan('inventory.count.record'),
    'inventory.count.review': useCan('inventory.count.review'),
    'inventory.count.post': useCan('inventory.count.post'),
  };
  const canSeeHistory = useCan('platform.audit.read');
  const transition = useCountTransition(count.id);
  const reject = useRejectCount(count.id);
  const cancel = useCancelCount(count.id);
  const save = useSaveCounts(count.id);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [edits, setEdits] = useState<LineEdits>({});
  const [rejecting, rejectModal] = useDisclosure();
  const [cancelling, cancelModal] = useDisclosure();
  const counting = count.state === 'counting' && held['inventory.count.record'];
  const problemLines = new Set(
    (refusal instanceof ApiError ? refusal.fields : [])
      .map((f) => /^lines\.(\d+)\./.exec(f.path)?.[1])
      .filter((i): i is string => i !== undefined)
      .map((i) => count.lines[Number(i)]?.id ?? ''),
  );

  const edit = (lineId: string, change: LineEdit) =>
    setEdits((previous) => ({ ...previous, [lineId]: { ...previous[lineId], ...change } }));

  const saveEdits = async () => {
    const entries = entriesOf(edits);
    if (entries.length === 0) return;
    if (entries.some((entry) => entry.countedQuantity && numberProblem(entry.countedQuantity))) {
      throw new Error('Some counts cannot be read: fix the boxes marked in red, then save.');
    }
    await save.mutateAsync(entries);
    setEdits({});
  };

  const act = async (action: SimpleAction) => {
    try {
      if (action === 'finish') await saveEdits();
      const next = await transition.mutateAsync(action);
      setRefusal(null);
      notifySuccess(actionButtons[action].done(next.number));
    } catch (error) {
      setRefusal(error);
    }
  };

  const addByCode = async (code: string) => {
    const answer = await save.mutateAsync([...entriesOf(edits), { code }]);
    setEdits({});
    return answer.touchedLineIds.at(-1);
  };

  const simpleActions = (Object.keys(actionButtons) as SimpleAction[]).filter(
    (action) => count.allowedActions.includes(action) && held[actionButtons[action].permission],
  );

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {count.number}
            <CountStateBadge state={count.state} size="lg" />
            {count.blind && (
              <Badge variant="outline" color="gray">
                Blind
              </Badge>
            )}
          </Group>
        }
        description={`${count.warehouseName} · ${formatDay(count.plannedDate, company)} · ${frequencyLabels[count.frequency]}`}
        actions={
          <>
            <DownloadMenu count={count} />
            {held['inventory.count.manage'] && count.allowedActions.includes('cancel') && (
              <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={cancelModal.open}>
                Cancel count
              </Button>
            )}
            {held['inventory.count.review'] && count.allowedActions.includes('reject') && (
              <Button
                variant="default"
                color="orange"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={rejectModal.open}
              >
                Reject
              </Button>
            )}
            {simpleActions.map((action) => {
              const { label, icon: Icon } = actionButtons[action];
              return (
                <Button
                  key={action}
                  leftSection={<Icon size={16} />}
                  loading={transition.isPending && transition.variables === action}
                  onClick={() => void act(action)}
                  data-testid={`count-action-${action}`}
                >
                  {label}
                </Button>
              );
            })}
          </>
        }
      />
      <UnsavedChangesGuard form={{ isDirty: () => Object.keys(edits).length > 0 }} />
      {refusal !== null && <Refusal error={refusal} onClose={() => setRefusal(null)} />}
      <CountFigures count={count} />
      <Panel title={counting ? 'Counting' : 'Matching'} flush testId="count-lines">
        {counting ? (
          <CountingGrid
            count={count}
            edits={edits}
            onEdit={edit}
            saving={save.isPending}
            onSave={() =>
              void saveEdits().then(
                () => notifySuccess('Counts saved'),
                (error) => setRefusal(error),
              )
            }
            onAddByCode={addByCode}
            problemLines={problemLines}
          />
        ) : (
          <CountLinesTable count={count} />
        )}
      </Panel>
      <Grid gap="md" mt="md">
        <Grid.Col span={{ base: 12, md: 6, xl: 4 }}>
          <CountProgress count={count} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6, xl: 4 }}>
          <CountDetails count={count} />
        </Grid.Col>
        {canSeeHistory && (
          <Grid.Col span={{ base: 12, xl: 4 }}>
            <AuditTrail entity="stock_count" id={count.id} company={company} />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Chatter recordType="stock_count" recordId={count.id} />
        </Grid.Col>
      </Grid>
      <RejectCountModal
        opened={rejecting}
        count={count}
        rejecting={reject.isPending}
        onClose={rejectModal.close}
        onReject={(reason, recountLineIds) =>
          reject.mutate(
            { reason, recountLineIds },
            {
              onSuccess: (next) => {
                rejectModal.close();
                setRefusal(null);
                notifySuccess(`${next.number} is back to counting`);
              },
              onError: (error) => notifyError(error, 'Could not reject the count'),
            },
          )
        }
      />
      <CancelCountModal
        opened={cancelling}
        number={count.number}
        cancelling={cancel.isPending}
        onClose={cancelModal.close}
        onCancelCount={(reason) =>
          cancel.mutate(reason, {
            onSuccess: (next) => {
              cancelModal.close();
              setRefusal(null);
              notifySuccess(`${next.number} cancelled`);
            },
            onError: (error) => notifyError(error, 'Could not cancel the count'),
          })
        }
      />
    </>
  );
}

export function StockCountPage() {
  const { countId } = route.useParams();
  const count = useStockCount(countId);
  if (count.error) return <ErrorAlert error={count.error} onRetry={() => void count.refetch()} />;
  if (!count.data) return <LoadingBlock />;
  return <CountView key={count.data.id} count={count.data} />;
}
