import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { S3AttachmentStore, type S3Settings } from './s3-storage.ts';

/**
 * Where attachment bytes live. The database keeps each file's name, type and key; the store keeps
 * the bytes under that key. The file system under DATA_DIR is the default; another implementation
 * (an S3-compatible bucket) plugs in here without the chatter commands changing.
 */
export interface AttachmentStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Removing a key that is not there is not an error: cleanup after a refusal may find none. */
  remove(key: string): Promise<void>;
}

/** A company's files in a folder of their own: `<root>/<tenant id>/<attachment id>`. */
export const attachmentKey = (tenantId: string, attachmentId: string) => `${tenantId}/${attachmentId}`;

export class FileSystemAttachmentStore implements AttachmentStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    const full = path.resolve(this.root, key);
    // Keys are made of UUIDs; a key reaching outside the root would be a bug.
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`Attachment key ${key} leaves the store`);
    return full;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // `wx`: never overwrite; every attachment has a new id.
    await writeFile(file, bytes, { flag: 'wx' });
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** The bucket when one is configured (S3_BUCKET), else the folder (ATTACHMENTS_DIR, by default under DATA_DIR). */
export function createAttachmentStore(settings: { dir: string; s3?: S3Settings | undefined }): AttachmentStore {
  return settings.s3 ? new S3AttachmentStore(settings.s3) : new FileSystemAttachmentStore(settings.dir);
}
