import { searchableSources } from '../audit/references.ts';
import { chatterRecordType, chatterRecordTypeNames } from '../chatter/record-types.ts';
import type { Permission } from '../permissions/permissions.ts';

/**
 * The channel on which the database announces every committed audit row (migration
 * `live_record_changes`): a record was created, changed, moved to another state or deleted.
 */
export const RECORD_CHANGE_CHANNEL = 'record_changes';

/** One record's change as the database announces it. */
interface RecordChangeNotice {
  tenantId: string;
  kind: string;
  id: string;
  action: string;
  number: string | null;
  state: string | null;
  actorId: string | null;
  actorName: string | null;
}

/** Many records of one kind changed in one statement (an import): lists of the kind refetch. */
interface BulkChangeNotice {
  tenantId: string;
  kind: string;
  changes: number;
}

/** What a browser receives: enough to know what to refetch and whom to name, no business data. */
export type RecordChangeEvent =
  | {
      kind: string;
      id: string;
      /** The audit action's verb: `created`, `updated`, `confirmed`, `deleted`. */
      action: string;
      number: string | null;
      state: string | null;
      actor: { id: string; name: string } | null;
    }
  | { kind: string; changes: number };

export interface AnnouncedChange {
  tenantId: string;
  kind: string;
  event: RecordChangeEvent;
}

export function parseRecordChange(payload: string): AnnouncedChange {
  const notice = JSON.parse(payload) as RecordChangeNotice | BulkChangeNotice;
  if ('changes' in notice) {
    return { tenantId: notice.tenantId, kind: notice.kind, event: { kind: notice.kind, changes: notice.changes } };
  }
  const verb = notice.action.startsWith(`${notice.kind}.`)
    ? notice.action.slice(notice.kind.length + 1)
    : notice.action;
  return {
    tenantId: notice.tenantId,
    kind: notice.kind,
    event: {
      kind: notice.kind,
      id: notice.id,
      action: verb,
      number: notice.number,
      state: notice.state,
      actor: notice.actorId ? { id: notice.actorId, name: notice.actorName ?? '' } : null,
    },
  };
}

/**
 * The permission that lets a member read a kind of record, as its module declared it for chatter
 * (`readPermission`) or for the global search. A kind declared in neither (a company setting) is
 * told to no one: what a module does not say who may read is not sent.
 */
export function readPermissionOfKind(kind: string): Permission | null {
  if (chatterRecordTypeNames().includes(kind)) return chatterRecordType(kind).readPermission;
  return searchableSources().find((source) => source.kind === kind)?.search.permission ?? null;
}
