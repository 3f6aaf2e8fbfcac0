import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3AttachmentStore } from './s3-storage.ts';

const directory = mkdtempSync(path.join(tmpdir(), 's3rver-'));
const bucket = 'erp-attachments';
let server: S3rver;
let store: S3AttachmentStore;

beforeAll(async () => {
  // s3rver accepts its own fixed credentials; the SDK reads them from the environment as in production.
  process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  store = new S3AttachmentStore({
    bucket,
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    forcePathStyle: true,
    prefix: 'erp/',
  });
});
afterAll(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('attachments in an S3-compatible bucket', () => {
  it('keeps the bytes under the key, gives them back, and removes them', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252]);
    await store.put('tenant/attachment', bytes);
    expect(await store.get('tenant/attachment')).toEqual(bytes);
    await store.remove('tenant/attachment');
    await expect(store.get('tenant/attachment')).rejects.toThrow();
  });

  it('removing a key that is not there is not an error, as after a refused upload', async () => {
    await expect(store.remove('tenant/never-written')).resolves.toBeUndefined();
  });
});
