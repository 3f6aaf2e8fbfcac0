import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** A record of the company changed, as the server's event stream tells it (docs/live-updates.md). */
export type RecordChange =
  | {
      kind: string;
      id: string;
      action: string;
      number: string | null;
      state: string | null;
      actor: { id: string; name: string } | null;
    }
  | { kind: string; changes: number };

/** A change of one record, with whether the page was refreshed for it (no unsaved edits) or must offer a reload. */
export type SeenRecordChange = Extract<RecordChange, { id: string }> & { refreshed: boolean };

const unsavedEdits = new Set<() => boolean>();

/** Forms with unsaved edits register here (UnsavedChangesGuard does), so a change elsewhere does not refetch under them. */
export function registerUnsavedEdits(isDirty: () => boolean): () => void {
  unsavedEdits.add(isDirty);
  return () => unsavedEdits.delete(isDirty);
}

const hasUnsavedEdits = () => [...unsavedEdits].some((isDirty) => isDirty());

const watchers = new Set<(change: SeenRecordChange) => void>();

/** How long changes gather before one refetch: a burst of changes costs one round of requests. */
const GATHER_MS = 200;
let pending: ReturnType<typeof setTimeout> | null = null;

/**
 * Lets the page catch up with a change: what is on screen refetches (lists, the open document),
 * unless a form holds unsaved edits; then queries are only marked stale and the page offers a reload.
 */
export function applyRecordChange(queryClient: QueryClient, change: RecordChange): void {
  const refreshed = !hasUnsavedEdits();
  if (!pending) {
    pending = setTimeout(() => {
      pending = null;
      const clean = !hasUnsavedEdits();
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'me',
        refetchType: clean ? 'active' : 'none',
      });
    }, GATHER_MS);
  }
  if ('id' in change) for (const watch of watchers) watch({ ...change, refreshed });
}

/** The latest change of the record by someone other than `myUserId`, since the page opened. */
export function useRecordChange(kind: string, id: string, myUserId: string) {
  const [change, setChange] = useState<SeenRecordChange | null>(null);
  useEffect(() => {
    setChange(null);
    const watch = (seen: SeenRecordChange) => {
      if (seen.kind === kind && seen.id === id && seen.actor?.id !== myUserId) setChange(seen);
    };
    watchers.add(watch);
    return () => {
      watchers.delete(watch);
    };
  }, [kind, id, myUserId]);
  return { change, dismiss: () => setChange(null) };
}
