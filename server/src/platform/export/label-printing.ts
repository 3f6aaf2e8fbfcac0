import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { TenantContext } from '../../db/database.ts';
import { NotFound } from '../errors.ts';
import { type Words, wordsOf } from '../i18n/index.ts';
import { companyIdentity } from '../tenancy/company-calendar.ts';
import { type Label, labelLayoutNames, labelSymbols, labelsPdf } from './labels-pdf.ts';

/** The body of every `POST …/labels` route: which records, on what, how many of each. */
export const LabelRequest = z.strictObject({
  ids: z.array(z.uuid()).min(1).max(500),
  layout: z.enum(labelLayoutNames).default('a4-3x8'),
  copies: z.int().min(1).max(100).default(1),
  symbol: z.enum(labelSymbols).default('barcode').describe('barcode: EAN-13 where valid, else Code 128; or qrcode'),
});
export type LabelRequest = z.infer<typeof LabelRequest>;

/**
 * The labels of some records as a PDF, in the order asked. `labelsOf` answers the labels it found
 * by id; an id it did not find (another company's record too) is a 404, like opening that record.
 */
export async function printLabels(
  ctx: TenantContext,
  request: LabelRequest,
  entity: string,
  labelsOf: (ids: readonly string[], words: Words) => Promise<Map<string, Label>>,
): Promise<Buffer> {
  const words = wordsOf(await companyIdentity(ctx));
  const found = await labelsOf(request.ids, words);
  const labels = request.ids.map((id) => {
    const label = found.get(id);
    if (!label) throw new NotFound(entity, id);
    return label;
  });
  return labelsPdf({ ...request, labels, title: words.t('labels.title') }, words);
}

export function sendLabels(reply: FastifyReply, pdf: Buffer) {
  reply.header('content-disposition', 'inline; filename="labels.pdf"');
  return reply.type('application/pdf').send(pdf);
}
