import { Text, Timeline } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client.ts';
import {
  type AuditContext,
  actionLabel,
  fieldLabel,
  inReadingOrder,
  isBookkeeping,
  shownValue,
} from './audit-changes.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { formatDateTime } from './format.ts';
import { LoadingBlock } from './LoadingBlock.tsx';
import { Panel } from './Panel.tsx';

type AuditEntry = Schemas['AuditEntry'];

interface AuditTrailProps {
  /** The audit log's name of the record type: `product`, `customer`, `sales_order`. */
  entity: string;
  id: string;
  company: AuditContext['company'];
}

const auditKey = (entity: string, id: string) => ['audit', entity, id] as const;

/** A new record is on the page already; only a short summary (an order's number and total) is worth repeating. */
const MAX_CREATED_FIELDS = 8;

interface Change {
  field: string;
  label: string;
  before?: ReactNode;
  after: ReactNode;
}

/** What an entry changed, field by field in business words; for a creation, what it recorded when that is short. */
function changesOf(entry: AuditEntry, context: AuditContext): Change[] {
  const before = (entry.before ?? null) as Record<string, unknown> | null;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const change = (key: string, was?: unknown): Change => ({
    field: key,
    label: fieldLabel(key, context.t),
    before: was === undefined ? undefined : shownValue(key, was, context),
    after: shownValue(key, after[key] ?? null, context),
  });
  if (!before) {
    const fields = inReadingOrder(Object.keys(after).filter((key) => !isBookkeeping(key)));
    if (fields.length > MAX_CREATED_FIELDS) return [];
    return fields.map((key) => change(key));
  }
  return inReadingOrder([...new Set([...Object.keys(before), ...Object.keys(after)])])
    .filter((key) => !isBookkeeping(key))
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => change(key, key in before ? (before[key] ?? null) : undefined));
}

/** Who changed the record, when, and what changed: newest first. */
export function AuditTrail({ entity, id, company }: AuditTrailProps) {
  const { t } = useTranslation('ui');
  const trail = useQuery({
    queryKey: auditKey(entity, id),
    queryFn: () => unwrap(api.GET('/api/audit', { params: { query: { entity, id, limit: 50 } } })),
  });
  const context: AuditContext = { company, t, references: trail.data?.references ?? {} };
  return (
    <Panel title={t('audit.history')} testId="audit-trail">
      {trail.error && <ErrorAlert error={trail.error} onRetry={() => void trail.refetch()} />}
      {trail.isPending && <LoadingBlock />}
      {trail.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('audit.none')}
        </Text>
      )}
      {trail.data && trail.data.items.length > 0 && (
        <Timeline bulletSize={18} lineWidth={2}>
          {trail.data.items.map((entry) => (
            <Timeline.Item
              key={entry.id}
              bullet={<IconHistory size={11} />}
              title={actionLabel(entry.action, t)}
              data-testid="audit-entry"
            >
              <Text size="xs" c="dimmed">
                {entry.actor?.name ?? t('audit.system')} · {formatDateTime(entry.occurredAt, company)}
              </Text>
              {changesOf(entry, context).map((change) => (
                <Text
                  key={change.field}
                  size="xs"
                  mt={2}
                  style={{ overflowWrap: 'anywhere' }}
                  data-testid="audit-change"
                >
                  <Text span c="dimmed" size="xs">
                    {change.label}:
                  </Text>{' '}
                  {change.before !== undefined && (
                    <>
                      <Text span td="line-through" c="dimmed" size="xs">
                        {change.before}
                      </Text>{' '}
                      →{' '}
                    </>
                  )}
                  {change.after}
                </Text>
              ))}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Panel>
  );
}
