import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { EXPORT_ROW_LIMIT, exportFormat, sendExport } from '../../../platform/export/export.ts';
import { access } from '../../../platform/http/access.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { idParams, text } from '../../../platform/http/schemas.ts';
import { decimalInput } from '../../../platform/money.ts';
import { companyToday } from '../../../platform/tenancy/company-calendar.ts';
import { createDraftEntry } from '../commands/create-draft-entry.ts';
import { deleteDraftEntry } from '../commands/delete-draft-entry.ts';
import { postDraftEntry } from '../commands/post-draft-entry.ts';
import { reverseJournalEntry } from '../commands/reverse-journal-entry.ts';
import { updateDraftEntry } from '../commands/update-draft-entry.ts';
import { journalEntryFlow } from '../journal-entry.workflow.ts';
import { type EntrySummary, getEntry, listEntries } from '../queries/journal-queries.ts';
import { entryStates } from '../schema.ts';
import { day, EntryOut, EntrySummaryOut, tags } from './schemas.ts';

const DraftBody = z.strictObject({
  entryDate: day,
  memo: text(500),
  lines: z
    .array(
      z.strictObject({
        accountId: z.uuid(),
        debit: decimalInput().optional(),
        credit: decimalInput().optional(),
        partnerId: z.uuid().nullish().describe('A customer'),
        memo: z.string().trim().max(500).nullish(),
        costCenter: z.string().trim().max(64).nullish(),
      }),
    )
    .max(500),
});

const ListQuery = z.object({
  from: day.optional(),
  to: day.optional(),
  accountId: z.uuid().optional().describe('Entries with a line on this account'),
  sourceType: z.string().trim().max(64).optional(),
  sourceId: z.uuid().optional(),
  state: z.enum(entryStates).optional(),
  ...pageQuery,
});

async function detail(ctx: TenantContext, id: string) {
  const entry = await getEntry(ctx, id);
  if (!entry) throw new NotFound('Journal entry', id);
  const allowedActions = entry.reversedBy ? [] : journalEntryFlow.actionsFrom(entry.state);
  return { ...entry, allowedActions };
}

export function registerJournalRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/accounting/journal-entries', {
    config: { access: access.tenant('accounting.journal.read') },
    schema: {
      tags,
      summary: 'Journal entries, newest first',
      querystring: ListQuery,
      response: { 200: z.object({ items: z.array(EntrySummaryOut), nextCursor: z.string().nullable() }) },
    },
    handler: (request) => request.withTenant((ctx) => listEntries(ctx, request.query)),
  });

  r.get('/api/accounting/journal-entries/export', {
    config: { access: access.tenant('accounting.journal.read') },
    schema: {
      tags,
      summary: 'Export the journal entry list, with the same filters, as CSV, XLSX or PDF',
      querystring: ListQuery.omit({ cursor: true, limit: true }).extend({ format: exportFormat }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...filter } = request.query;
      const { items } = await request.withTenant((ctx) => listEntries(ctx, { ...filter, limit: EXPORT_ROW_LIMIT }));
      return sendExport<EntrySummary>(
        reply,
        format,
        'journal-entries',
        [
          { header: 'columns.number', value: (e) => e.number },
          { header: 'columns.date', value: (e) => e.entryDate, width: 12 },
          { header: 'columns.memo', value: (e) => e.memo, width: 40 },
          {
            header: 'columns.source',
            value: (e) => (e.sourceType ? `${e.sourceType} ${e.sourceNumber ?? ''}`.trim() : 'manual'),
          },
          { header: 'columns.state', value: (e) => e.state, codes: 'entryState' },
          { header: 'columns.total', value: (e) => Number(e.total) },
        ],
        items,
        'exports.journalEntries',
      );
    },
  });

  r.get('/api/accounting/journal-entries/:id', {
    config: { access: access.tenant('accounting.journal.read') },
    schema: { tags, summary: 'A journal entry with its lines', params: idParams, response: { 200: EntryOut } },
    handler: (request) => request.withTenant((ctx) => detail(ctx, request.params.id)),
  });

  r.post('/api/accounting/journal-entries', {
    config: { access: access.tenant('accounting.journal.create') },
    schema: {
      tags,
      summary: 'Save a manual journal entry as a draft',
      description: 'A draft may be unbalanced; posting it requires Σ debit = Σ credit.',
      body: DraftBody,
      response: { 201: EntryOut },
    },
    handler: async (request, reply) => {
      const entry = await request.withTenant(async (ctx) => {
        const { id } = await createDraftEntry(ctx, request.body);
        return detail(ctx, id);
      });
      return reply.code(201).send(entry);
    },
  });

  r.put('/api/accounting/journal-entries/:id', {
    config: { access: access.tenant('accounting.journal.create') },
    schema: {
      tags,
      summary: 'Replace a draft entry (409 `entry_posted` once posted)',
      params: idParams,
      body: DraftBody,
      response: { 200: EntryOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await updateDraftEntry(ctx, request.params.id, request.body);
        return detail(ctx, request.params.id);
      }),
  });

  r.delete('/api/accounting/journal-entries/:id', {
    config: { access: access.tenant('accounting.journal.create') },
    schema: {
      tags,
      summary: 'Delete a draft entry (409 `entry_posted` once posted)',
      params: idParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await request.withTenant((ctx) => deleteDraftEntry(ctx, request.params.id));
      return reply.code(204).send(null);
    },
  });

  r.post('/api/accounting/journal-entries/:id/post', {
    config: { access: access.tenant('accounting.journal.post') },
    schema: {
      tags,
      summary: 'Post a draft entry',
      description:
        'Refused with 422 `unbalanced_entry` (details: debit, credit, difference) unless it balances, and with 409 `period_closed` when its date is in a closed period.',
      params: idParams,
      response: { 200: EntryOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await postDraftEntry(ctx, request.params.id);
        return detail(ctx, request.params.id);
      }),
  });

  r.post('/api/accounting/journal-entries/:id/reverse', {
    config: { access: access.tenant('accounting.journal.post') },
    schema: {
      tags,
      summary: 'Reverse a posted entry with a mirror entry',
      params: idParams,
      body: z
        .strictObject({
          entryDate: day.optional().describe('Defaults to today in the company’s time zone'),
          memo: z.string().trim().max(500).optional(),
        })
        .nullish(),
      response: { 201: EntryOut },
    },
    handler: async (request, reply) => {
      const reversal = await request.withTenant(async (ctx) => {
        const { id } = await reverseJournalEntry(ctx, request.params.id, {
          entryDate: request.body?.entryDate ?? (await companyToday(ctx)),
          memo: request.body?.memo,
        });
        return detail(ctx, id);
      });
      return reply.code(201).send(reversal);
    },
  });
}
