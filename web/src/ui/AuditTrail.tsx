import { Text, Timeline } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { formatDateTime } from './format.ts';
import { LoadingBlock } from './LoadingBlock.tsx';
import { Panel } from './Panel.tsx';

type AuditEntry = Schemas['AuditEntry'];

interface AuditTrailProps {
  /** The audit log's name of the record type: `product`, `customer`, `sales_order`. */
  entity: string;
  id: string;
  company: { locale: string; timezone: string };
}

const auditKey = (entity: string, id: string) => ['audit', entity, id] as const;

/** `sales_order.confirmed` → `Confirmed`. */
function actionLabel(action: string): string {
  const verb = (action.split('.').at(-1) ?? action).replaceAll('_', ' ');
  return verb.charAt(0).toUpperCase() + verb.slice(1);
}

/** Keys that describe the row, not the business: never worth a line in the history. */
const bookkeeping = (key: string) => key === 'id' || key.endsWith('Id') || key === 'createdAt' || key === 'updatedAt';

/** A new record is on the page already; only a short summary (an order's number and total) is worth repeating. */
const MAX_CREATED_FIELDS = 6;

const shown = (value: unknown) => {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** `discountTotal` → `discount total`. */
const fieldLabel = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

interface Change {
  field: string;
  before?: string;
  after: string;
}

/** What an entry changed, field by field; for a creation, what it recorded when that is short. */
function changesOf(entry: AuditEntry): Change[] {
  const before = (entry.before ?? null) as Record<string, unknown> | null;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  if (!before) {
    const fields = Object.keys(after).filter((key) => !bookkeeping(key));
    if (fields.length > MAX_CREATED_FIELDS) return [];
    return fields.map((key) => ({ field: fieldLabel(key), after: shown(after[key]) }));
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !bookkeeping(key));
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => ({
      field: fieldLabel(key),
      before: key in before ? shown(before[key]) : undefined,
      after: shown(key in after ? after[key] : null),
    }));
}

/** Who changed the record, when, and what changed: newest first. */
export function AuditTrail({ entity, id, company }: AuditTrailProps) {
  const trail = useQuery({
    queryKey: auditKey(entity, id),
    queryFn: () => unwrap(api.GET('/api/audit', { params: { query: { entity, id, limit: 50 } } })),
  });
  return (
    <Panel title="History" testId="audit-trail">
      {trail.error && <ErrorAlert error={trail.error} onRetry={() => void trail.refetch()} />}
      {trail.isPending && <LoadingBlock />}
      {trail.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          No changes recorded yet.
        </Text>
      )}
      {trail.data && trail.data.items.length > 0 && (
        <Timeline bulletSize={18} lineWidth={2}>
          {trail.data.items.map((entry) => (
            <Timeline.Item key={entry.id} bullet={<IconHistory size={11} />} title={actionLabel(entry.action)}>
              <Text size="xs" c="dimmed">
                {entry.actor?.name ?? 'System'} · {formatDateTime(entry.occurredAt, company)}
              </Text>
              {changesOf(entry).map((change) => (
                <Text key={change.field} size="xs" mt={2}>
                  <Text span c="dimmed" size="xs">
                    {change.field}:
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
