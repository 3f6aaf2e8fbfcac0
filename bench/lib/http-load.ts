import autocannon from 'autocannon';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface LoadResult {
  latenciesMs: number[];
  statuses: Map<number, number>;
  elapsedMs: number;
}

/**
 * A closed loop: `clients` connections, each sending its next request as soon as the previous
 * answer arrives, until `durationMs` passes or `next` returns null. Driven by autocannon, whose
 * raw-socket client leaves more of a shared machine to the server than Node's http client.
 */
export async function closedLoop(options: {
  baseUrl: string;
  clients: number;
  durationMs: number;
  headers: Record<string, string>;
  next: () => LoadRequest | null;
}): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  let lastAnswer = started;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const instance = autocannon(
    {
      url: options.baseUrl,
      connections: options.clients,
      duration: options.durationMs / 1000,
      headers: options.headers,
      requests: [
        {
          setupRequest: (request, context: { sentAt?: number; ignored?: boolean }) => {
            const next = options.next();
            // autocannon cannot be told "no more requests": stop it and send a harmless last one.
            context.ignored = !next;
            if (!next) {
              setImmediate(() => instance.stop());
              return { ...request, method: 'GET', path: '/ready', body: undefined };
            }
            context.sentAt = performance.now();
            return {
              ...request,
              method: next.method,
              path: next.path,
              body: next.body,
              headers: { ...options.headers, ...(next.body ? { 'content-type': 'application/json' } : {}) },
            };
          },
          onResponse: (status, _body, context: { sentAt?: number; ignored?: boolean }) => {
            if (context.ignored) return;
            lastAnswer = performance.now();
            latenciesMs.push(lastAnswer - context.sentAt!);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          },
        },
      ],
    },
    () => finish(),
  );
  await finished;
  return { latenciesMs, statuses, elapsedMs: lastAnswer - started };
}

export async function getJson(baseUrl: string, path: string, headers: Record<string, string>) {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers });
  const body = await response.json();
  return { status: response.status, body, ms: performance.now() - started };
}
