import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../api/client.ts';
import { applyRecordChange, type RecordChange } from '../../ui/live-updates.ts';
import { notificationsKey } from './notifications-api.ts';

interface StreamEvents {
  notification: () => void;
  change: (change: RecordChange) => void;
}

/** Calls the handler of each `notification` and `change` event of a server-sent event stream, until it ends. */
async function readEvents(stream: ReadableStream<Uint8Array>, on: StreamEvents): Promise<void> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop() ?? '';
    let notified = false;
    for (const block of blocks) {
      const lines = block.split('\n');
      if (lines.includes('event: notification')) notified = true;
      const data = lines.find((line) => line.startsWith('data: '));
      if (lines.includes('event: change') && data) on.change(JSON.parse(data.slice(6)) as RecordChange);
    }
    if (notified) on.notification();
  }
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Keeps the notification list, and every page showing a record someone else changes, live over
 * the server's event stream (one per tab). EventSource cannot send the
 * bearer token, so the stream is fetched through the API client, which adds the token and the
 * company and refreshes an expired token; a dropped stream is opened again, slower each time.
 */
export function useNotificationStream(companyId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!companyId) return;
    const stop = new AbortController();
    const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationsKey });
    const listen = async () => {
      let wait = 1_000;
      let reconnecting = false;
      while (!stop.signal.aborted) {
        try {
          const { data, response } = await api.GET('/api/notifications/stream', {
            parseAs: 'stream',
            signal: stop.signal,
          });
          if (response.ok && data) {
            wait = 1_000;
            // What arrived while the stream was down shows once it is back: notifications, and
            // records changed meanwhile (changes are not replayed, so what is on screen refetches).
            if (reconnecting) void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
            else refresh();
            reconnecting = true;
            await readEvents(data, {
              notification: refresh,
              change: (change) => applyRecordChange(queryClient, change),
            });
          }
        } catch {
          // A network error or the stop signal: try again below, or leave.
        }
        await pause(wait, stop.signal);
        wait = Math.min(wait * 2, 60_000);
      }
    };
    void listen();
    return () => stop.abort();
  }, [companyId, queryClient]);
}
