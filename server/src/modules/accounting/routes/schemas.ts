import { z } from 'zod';
import { decimalOut } from '../../../platform/money.ts';
import { accountPurposes } from '../chart-template.ts';
import { type JournalEntryAction, journalEntryFlow } from '../journal-entry.workflow.ts';
import { accountTypes, cashFlowActivities, entryStates, normalSides, periodStates } from '../schema.ts';

export const tags = ['Accounting'];
export const day = z.iso.date();

export const AccountOut = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    type: z.enum(accountTypes),
    normalSide: z.enum(normalSides),
    parentId: z.uuid().nullable(),
    isGroup: z.boolean().describe('Group accounts only sum their sub-accounts and take no postings'),
    active: z.boolean(),
    cashFlowActivity: z.enum(cashFlowActivities).nullable(),
    description: z.string().nullable(),
    purposes: z.array(z.string()).describe('Default-account purposes this account serves'),
  })
  .meta({ id: 'Account' });

export const DefaultAccountOut = z
  .object({ purpose: z.enum(accountPurposes), accountId: z.uuid(), code: z.string(), name: z.string() })
  .meta({ id: 'DefaultAccount' });

const entryFields = {
  id: z.uuid(),
  number: z.string().nullable().describe('JE-YYYY-NNNNN, given when posted'),
  entryDate: day,
  memo: z.string(),
  state: z.enum(entryStates),
  total: decimalOut.describe('Σ debit'),
  sourceType: z.string().nullable().describe('The kind of document that caused the entry; null for manual entries'),
  sourceId: z.uuid().nullable(),
  sourceNumber: z.string().nullable(),
  reversalOf: z.uuid().nullable(),
  reversedBy: z.uuid().nullable(),
  postedAt: z.string().nullable(),
  createdAt: z.string(),
};

export const EntrySummaryOut = z.object(entryFields).meta({ id: 'JournalEntrySummary' });

export const EntryOut = z
  .object({
    ...entryFields,
    periodId: z.uuid().nullable(),
    createdBy: z.uuid().nullable(),
    postedBy: z.uuid().nullable(),
    reversalOfNumber: z.string().nullable(),
    reversedByNumber: z.string().nullable(),
    allowedActions: z.array(z.enum(journalEntryFlow.actions as [JournalEntryAction, ...JournalEntryAction[]])),
    lines: z.array(
      z.object({
        lineNo: z.number().int(),
        accountId: z.uuid(),
        accountCode: z.string(),
        accountName: z.string(),
        debit: decimalOut,
        credit: decimalOut,
        partnerId: z.uuid().nullable(),
        partnerName: z.string().nullable(),
        memo: z.string().nullable(),
        costCenter: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'JournalEntry' });

export const PeriodOut = z.object({
  id: z.uuid(),
  periodNo: z.number().int().describe('1–12 for months, 13 for the year-end closing period'),
  startDate: day,
  endDate: day,
  state: z.enum(periodStates),
  closedAt: z.string().nullable(),
  isClosingPeriod: z.boolean(),
});

export const FiscalYearOut = z
  .object({
    id: z.uuid(),
    year: z.number().int(),
    state: z.enum(periodStates),
    closingEntryId: z.uuid().nullable(),
    closedAt: z.string().nullable(),
    periods: z.array(PeriodOut),
  })
  .meta({ id: 'FiscalYear' });

export const StatementRowOut = z.object({
  accountId: z.uuid(),
  code: z.string(),
  name: z.string(),
  amount: decimalOut,
});

export const SectionOut = z
  .object({
    code: z.string(),
    name: z.string(),
    type: z.enum(accountTypes),
    rows: z.array(StatementRowOut),
    total: decimalOut,
  })
  .meta({ id: 'StatementSection' });
