import { Badge } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconCheck, IconClipboardCheck, IconPlayerPlay, IconSend, IconX } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { DocumentPage } from '../../ui/document/DocumentPage.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { numberProblem } from '../../ui/form-rules.ts';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { Panel } from '../../ui/Panel.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import { CancelCountModal } from './CancelCountModal.tsx';
import { CountingGrid, entriesOf, type LineEdit, type LineEdits } from './CountingGrid.tsx';
import { CountLinesTable } from './CountLinesTable.tsx';
import { CountDetails, CountFigures, CountProgress } from './CountSummary.tsx';
import { CountRefusal, DownloadMenu } from './CountTools.tsx';
import { CountStateBadge, countStateOptions, frequencyLabel } from './count-labels.tsx';
import { RejectCountModal } from './RejectCountModal.tsx';
import {
  type SimpleAction,
  type StockCount,
  useCancelCount,
  useCountTransition,
  useRejectCount,
  useSaveCounts,
  useStockCount,
} from './stock-counts-api.ts';

const route = getRouteApi('/shell/inventory/stock-counts/$countId');

const actionButtons: Record<SimpleAction, { permission: string; icon: typeof IconCheck }> = {
  start: { permission: 'inventory.count.manage', icon: IconPlayerPlay },
  finish: { permission: 'inventory.count.record', icon: IconClipboardCheck },
  review: { permission: 'inventory.count.review', icon: IconCheck },
  approve: { permission: 'inventory.count.review', icon: IconCheck },
  post: { permission: 'inventory.count.post', icon: IconSend },
};

function CountView({ count }: { count: StockCount }) {
  const company = useActiveCompany();
  const { t } = useTranslation('stock-counts');
  const held: Record<string, boolean> = {
    'inventory.count.manage': useCan('inventory.count.manage'),
    'inventory.count.record': useCan('inventory.count.record'),
    'inventory.count.review': useCan('inventory.count.review'),
    'inventory.count.post': useCan('inventory.count.post'),
  };
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
      throw new Error(t('countPage.unreadable'));
    }
    await save.mutateAsync(entries);
    setEdits({});
  };

  const act = async (action: SimpleAction) => {
    try {
      if (action === 'finish') await saveEdits();
      const next = await transition.mutateAsync(action);
      setRefusal(null);
      notifySuccess(t(`countPage.done.${action}`, { number: next.number }));
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

  const postEffect = (() => {
    const net = count.totals.netVarianceValue;
    if (net === null || net === undefined) return t('countPage.postEffect.toCounted');
    const amount = formatMoney(net, { locale: company.locale, currency: count.currency });
    if (net.startsWith('-')) return t('countPage.postEffect.loss', { amount });
    return net === '0' ? t('countPage.postEffect.noChange') : t('countPage.postEffect.gain', { amount });
  })();

  return (
    <DocumentPage
      title={count.number}
      badges={
        <>
          <CountStateBadge state={count.state} size="lg" />
          {count.blind && (
            <Badge variant="outline" color="gray">
              {t('countPage.blind')}
            </Badge>
          )}
        </>
      }
      description={`${count.warehouseName} · ${formatDay(count.plannedDate, company)} · ${frequencyLabel(t, count.frequency)}`}
      tools={<DownloadMenu count={count} />}
      states={countStateOptions(t).map((s) => ({ ...s, aside: s.value === 'cancelled' }))}
      state={count.state}
      allowedActions={count.allowedActions}
      actions={[
        ...simpleActions.map((action) => {
          const Icon = actionButtons[action].icon;
          const label = t(`countPage.actions.${action}`);
          return {
            action,
            label,
            icon: <Icon size={16} />,
            primary: true,
            loading: transition.isPending && transition.variables === action,
            confirm:
              action === 'post'
                ? { title: t('countPage.postTitle', { number: count.number }), effect: postEffect, confirmLabel: label }
                : undefined,
            run: () => act(action),
            testId: `count-action-${action}`,
          };
        }),
        {
          action: 'reject',
          label: t('countPage.actions.reject'),
          icon: <IconArrowBackUp size={16} />,
          color: 'orange',
          permitted: held['inventory.count.review'],
          run: rejectModal.open,
        },
        {
          action: 'cancel',
          label: t('countPage.actions.cancel'),
          icon: <IconX size={16} />,
          color: 'red',
          permitted: held['inventory.count.manage'],
          run: cancelModal.open,
        },
      ]}
      notice={
        <>
          <UnsavedChangesGuard form={{ isDirty: () => Object.keys(edits).length > 0 }} />
          {refusal !== null && <CountRefusal error={refusal} onClose={() => setRefusal(null)} />}
          <CountFigures count={count} />
        </>
      }
      tabs={{
        lines: (
          <Panel title={counting ? t('countPage.counting') : t('countPage.matching')} flush testId="count-lines">
            {counting ? (
              <CountingGrid
                count={count}
                edits={edits}
                onEdit={edit}
                saving={save.isPending}
                onSave={() =>
                  void saveEdits().then(
                    () => notifySuccess(t('countPage.saved')),
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
        ),
        ledger: count.adjustmentId && (
          <Panel title={t('countPage.stockAdjustment')}>
            <AnchorLink to="/inventory/adjustments/$adjustmentId" params={{ adjustmentId: count.adjustmentId }} fz="sm">
              {t('countPage.postedAdjustment')}
            </AnchorLink>
          </Panel>
        ),
      }}
      aside={
        <>
          <CountProgress count={count} />
          <CountDetails count={count} />
        </>
      }
      record={{ recordType: 'stock_count', recordId: count.id }}
    >
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
                notifySuccess(t('countPage.backToCounting', { number: next.number }));
              },
              onError: (error) => notifyError(error, t('countPage.rejectFailed')),
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
              notifySuccess(t('countPage.cancelled', { number: next.number }));
            },
            onError: (error) => notifyError(error, t('countPage.cancelFailed')),
          })
        }
      />
    </DocumentPage>
  );
}

export function StockCountPage() {
  const { countId } = route.useParams();
  const count = useStockCount(countId);
  if (count.error) return <ErrorAlert error={count.error} onRetry={() => void count.refetch()} />;
  if (!count.data) return <LoadingBlock />;
  return <CountView key={count.data.id} count={count.data} />;
}
