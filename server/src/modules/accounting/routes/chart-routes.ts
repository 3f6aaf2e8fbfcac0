import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '../../../platform/errors.ts';
import { access } from '../../../platform/http/access.ts';
import { idParams, text } from '../../../platform/http/schemas.ts';
import { accountPurposes } from '../chart-template.ts';
import { createAccount } from '../commands/create-account.ts';
import { updateAccount } from '../commands/update-account.ts';
import { updateDefaultAccounts } from '../commands/update-default-accounts.ts';
import { getAccount, listAccounts, listDefaultAccounts } from '../queries/accounts.ts';
import { accountTypes, cashFlowActivities, normalSides } from '../schema.ts';
import { AccountOut, DefaultAccountOut, tags } from './schemas.ts';

const code = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'Letters, digits, dots and dashes, e.g. 1-1100');
const accountFields = {
  code,
  name: text(120),
  type: z.enum(accountTypes),
  normalSide: z.enum(normalSides).optional().describe('Defaults to debit for assets and expenses, credit otherwise'),
  parentId: z.uuid().nullish().describe('A group account of the same type'),
  isGroup: z.boolean().optional(),
  cashFlowActivity: z
    .enum(cashFlowActivities)
    .nullish()
    .describe('Balance-sheet accounts: `cash` for cash and bank, otherwise where its change shows in the cash flow'),
  description: z.string().trim().max(500).nullish(),
};

export function registerChartRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/accounting/accounts', {
    config: { access: access.tenant('accounting.journal.read') },
    schema: {
      tags,
      summary: 'The chart of accounts in code order (a tree through parentId)',
      response: { 200: z.object({ items: z.array(AccountOut) }) },
    },
    handler: async (request) => ({ items: await request.withTenant((ctx) => listAccounts(ctx)) }),
  });

  r.get('/api/accounting/accounts/:id', {
    config: { access: access.tenant('accounting.journal.read') },
    schema: { tags, summary: 'One account', params: idParams, response: { 200: AccountOut } },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const account = await getAccount(ctx, request.params.id);
        if (!account) throw new NotFound('Account', request.params.id);
        return account;
      }),
  });

  r.post('/api/accounting/accounts', {
    config: { access: access.tenant('accounting.account.manage') },
    schema: {
      tags,
      summary: 'Add an account to the chart',
      description: 'Codes are unique per company (409 `duplicate` names the `code` field).',
      body: z.strictObject(accountFields),
      response: { 201: AccountOut },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await request.withTenant((ctx) => createAccount(ctx, request.body))),
  });

  r.patch('/api/accounting/accounts/:id', {
    config: { access: access.tenant('accounting.account.manage') },
    schema: {
      tags,
      summary: 'Change or deactivate an account',
      description:
        'Type and group setting change only while nothing is posted to the account; a default account cannot be deactivated (422).',
      params: idParams,
      body: z.strictObject({
        code: code.optional(),
        name: text(120).optional(),
        type: z.enum(accountTypes).optional(),
        normalSide: z.enum(normalSides).optional(),
        parentId: z.uuid().nullish(),
        isGroup: z.boolean().optional(),
        cashFlowActivity: accountFields.cashFlowActivity,
        description: accountFields.description,
        active: z.boolean().optional(),
      }),
      response: { 200: AccountOut },
    },
    handler: (request) => request.withTenant((ctx) => updateAccount(ctx, request.params.id, request.body)),
  });

  r.get('/api/accounting/default-accounts', {
    config: { access: access.tenant('accounting.journal.read') },
    schema: {
      tags,
      summary: 'The account each automatic posting uses, per purpose',
      response: { 200: z.object({ items: z.array(DefaultAccountOut) }) },
    },
    handler: async (request) => ({
      items: (await request.withTenant((ctx) => listDefaultAccounts(ctx))) as Array<z.infer<typeof DefaultAccountOut>>,
    }),
  });

  r.put('/api/accounting/default-accounts', {
    config: { access: access.tenant('accounting.account.manage') },
    schema: {
      tags,
      summary: 'Point purposes at other accounts (later postings use them)',
      body: z.strictObject({
        accounts: z
          .array(z.strictObject({ purpose: z.enum(accountPurposes), accountId: z.uuid() }))
          .min(1)
          .max(accountPurposes.length),
      }),
      response: { 200: z.object({ items: z.array(DefaultAccountOut) }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await updateDefaultAccounts(ctx, request.body.accounts);
        return { items: (await listDefaultAccounts(ctx)) as Array<z.infer<typeof DefaultAccountOut>> };
      }),
  });
}
