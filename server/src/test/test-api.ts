import type { FastifyInstance } from 'fastify';

export interface RequestOptions {
  token?: string;
  tenant?: string;
  headers?: Record<string, string>;
  /** Sent as-is, for malformed-body tests. */
  rawBody?: string;
}

export interface TestResponse {
  status: number;
  body: any;
  headers: Record<string, string | string[] | number | undefined>;
}

/** HTTP calls through Fastify's inject(): the full stack without a socket. */
export class TestApi {
  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<TestResponse> {
    const payload = options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    const headers =
      payload === undefined ? options.headers : { 'content-type': 'application/json', ...options.headers };
    return this.send(method, url, payload, { ...options, headers });
  }

  private async send(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload: string | FormData | undefined,
    options: RequestOptions,
  ): Promise<TestResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.tenant) headers['x-tenant-id'] = options.tenant;
    const response = await this.app.inject({ method, url, headers, payload });
    const type = String(response.headers['content-type'] ?? '');
    return {
      status: response.statusCode,
      body: type.includes('json') && response.body ? response.json() : response.body,
      headers: response.headers,
    };
  }

  get(url: string, options?: RequestOptions) {
    return this.request('GET', url, undefined, options);
  }

  post(url: string, body?: unknown, options?: RequestOptions) {
    return this.request('POST', url, body, options);
  }

  patch(url: string, body?: unknown, options?: RequestOptions) {
    return this.request('PATCH', url, body, options);
  }

  put(url: string, body?: unknown, options?: RequestOptions): Promise<TestResponse> {
    return this.request('PUT', url, body, options);
  }

  /** A multipart/form-data POST of one file (after any `fields`), as a browser's form sends it. */
  upload(
    url: string,
    file: { name: string; type: string; bytes: Buffer },
    options: RequestOptions & { fields?: Record<string, string> } = {},
  ) {
    const form = new FormData();
    for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    return this.send('POST', url, form, options);
  }
}
