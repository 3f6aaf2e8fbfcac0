import type { S3Client } from '@aws-sdk/client-s3';
import type { AttachmentStore } from './storage.ts';

export interface S3Settings {
  bucket: string;
  /** Another S3-compatible service (MinIO, R2, ...); AWS itself when unset. */
  endpoint?: string | undefined;
  region: string;
  /** Path-style URLs (`endpoint/bucket/key`), which most self-hosted services need. */
  forcePathStyle: boolean;
  /** Optional prefix of every key, so one bucket can hold several installations. */
  prefix: string;
}

/**
 * Attachments in an S3-compatible bucket. Credentials come the SDK's usual way
 * (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile or an instance role). The SDK loads with
 * the first file, not at start-up: most installations keep their files on disk.
 */
export class S3AttachmentStore implements AttachmentStore {
  private client: Promise<{ s3: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> | undefined;

  constructor(private readonly settings: S3Settings) {}

  private connect() {
    this.client ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        region: this.settings.region,
        forcePathStyle: this.settings.forcePathStyle,
        ...(this.settings.endpoint ? { endpoint: this.settings.endpoint } : {}),
      }),
    }));
    return this.client;
  }

  private object(key: string) {
    return { Bucket: this.settings.bucket, Key: `${this.settings.prefix}${key}` };
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const { s3, sdk } = await this.connect();
    await s3.send(new sdk.PutObjectCommand({ ...this.object(key), Body: bytes }));
  }

  async get(key: string): Promise<Buffer> {
    const { s3, sdk } = await this.connect();
    const answer = await s3.send(new sdk.GetObjectCommand(this.object(key)));
    if (!answer.Body) throw new Error(`Attachment ${key} has no content in the bucket`);
    return Buffer.from(await answer.Body.transformToByteArray());
  }

  async remove(key: string): Promise<void> {
    const { s3, sdk } = await this.connect();
    // Deleting a missing object succeeds in S3, as the interface asks.
    await s3.send(new sdk.DeleteObjectCommand(this.object(key)));
  }
}
