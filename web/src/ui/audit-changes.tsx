import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';
import { formatDateTime, formatDay, formatMoney, formatQuantity } from './format.ts';
import { RecordLink, type RecordReference } from './RecordLink.tsx';

/** The kit's words (`useTranslation('ui')`). */
export type UiWords = TFunction<'ui'>;

export interface AuditContext {
  company: { locale: string; timezone: string; currency: string };
  t: UiWords;
  /** The records the entries mention, by id or document number (from the audit API). */
  references: Record<string, RecordReference>;
}

/** Fields in the order a person reads a document (the log keeps them in no useful order); others follow. */
const readingOrder = [
  'number',
  'lineNo',
  'sku',
  'productId',
  'accountId',
  'invoiceId',
  'state',
  'customer',
  'customerId',
  'salesOrderId',
  'delivery',
  'return',
  'reason',
  'method',
  'subtotal',
  'discountTotal',
  'taxTotal',
  'total',
  'amount',
  'allocated',
  'journalEntry',
  'creditNote',
  'lines',
];
const rank = (key: string) => {
  const at = readingOrder.indexOf(key);
  return at === -1 ? readingOrder.length : at;
};
export const inReadingOrder = (keys: string[]) => [...keys].sort((a, b) => rank(a) - rank(b));

/** Keys that describe the row, not the business: never worth a line in the history. */
const bookkeeping = new Set(['id', 'tenantId', 'entityId', 'createdAt', 'updatedAt', 'createdBy', 'lineId']);
export const isBookkeeping = (key: string) => bookkeeping.has(key);

/** Fields whose values are codes from a fixed list (`partially_paid`), shown as words (`Partially paid`). */
const codeFields = /^(state|method|reason|frequency|condition|type|kind|role|tracking|costingMethod|customerType)$/;
const moneyFields = /^(total|subtotal|amount|debit|credit|value)$|(Total|Amount|Price|Cost|Value|Limit|Threshold)$/;
/** Numbers that are not quantities: years and line numbers read as they are (`2026`, not `2.026`). */
const plainNumberFields = /^(year|lineNo|locations|recountLines)$|^lines|No$/;
const decimal = /^-?\d+(\.\d+)?$/;
const calendarDay = /^\d{4}-\d{2}-\d{2}$/;
const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const sentence = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * The catalog's words for a code the server sends (`audit.codes.partially_paid`); a code the
 * catalog does not know yet reads as the fallback.
 */
const byCode = (t: UiWords, keys: string[], fallback: string): string =>
  t(keys as never as 'audit.none', { defaultValue: fallback });

/** The catalog's label of a field, else from its name: `salesOrderId` → `Sales order`, `zoneIds` → `Zones`. */
export function fieldLabel(key: string, t: UiWords): string {
  const words = key
    .replace(/Ids$/, 's')
    .replace(/Id$/, '')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
  return byCode(t, [`audit.fields.${key}`], sentence(words));
}

/** `partially_paid` → `Partially paid` (`Dibayar sebagian`). */
export const codeLabel = (code: string, t: UiWords) =>
  byCode(t, [`audit.codes.${code}`], sentence(code.replaceAll('_', ' ')));

const verbOf = (action: string) => action.split('.').at(-1) ?? action;

/** An audit action by its verb: `sales_order.confirmed` → `Confirmed`. */
export const actionLabel = (action: string, t: UiWords) =>
  byCode(t, [`audit.verbs.${verbOf(action)}`], sentence(verbOf(action).replaceAll('_', ' ')));

/** What an action did in a record's timeline (`Confirmed the order and reserved its stock`), else the server's words. */
export const actionSummary = (action: string, summary: string, t: UiWords) =>
  byCode(t, [`audit.actions.${action}`, `audit.verbs.${verbOf(action)}`], summary);

function joined(items: ReactNode[]): ReactNode {
  return items.map((item, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the values have no identity but their place
    <Fragment key={i}>
      {i > 0 && ', '}
      {item}
    </Fragment>
  ));
}

/** One value of an audit entry in business words: amounts, dates and codes as the company reads them, records by their number. */
export function shownValue(key: string, value: unknown, context: AuditContext): ReactNode {
  const { company, references, t } = context;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'number') value = String(value);
  if (typeof value === 'string') {
    const reference = references[value] ?? references[value.toLowerCase()];
    if (reference) return <RecordLink reference={reference} />;
    if (/^[0-9a-f-]{36}$/i.test(value)) return t('audit.gone');
    if (codeFields.test(key)) return codeLabel(value, t);
    if (decimal.test(value)) {
      if (moneyFields.test(key)) return formatMoney(value, company);
      if (plainNumberFields.test(key)) return value;
      return formatQuantity(value, company);
    }
    if (calendarDay.test(value)) return formatDay(value, company);
    if (timestamp.test(value)) return formatDateTime(value, company);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every((item) => typeof item !== 'object' || item === null)) {
      return joined(value.map((item) => shownValue(key, item, context)));
    }
    if (value.length > 5) return t(key === 'lines' ? 'audit.lines' : 'audit.items', { count: value.length });
    return value.map((item) => (
      <div key={JSON.stringify(item)} style={{ paddingLeft: 'var(--mantine-spacing-sm)' }}>
        {shownRecord(item, context)}
      </div>
    ));
  }
  if (typeof value === 'object') return shownRecord(value as Record<string, unknown>, context);
  return String(value);
}

/** A small nested record (an allocation, an adjusted line) as `Invoice INV-2026-00001, amount Rp 50.000`. */
function shownRecord(record: Record<string, unknown>, context: AuditContext): ReactNode {
  const named = new Set<string>();
  // `{ invoiceId, number }` name the same invoice twice: show it once.
  const keys = inReadingOrder(Object.keys(record));
  const fields = keys
    .map((key) => [key, record[key]] as const)
    .filter(([key, value]) => {
      if (isBookkeeping(key) || value === null) return false;
      const reference = typeof value === 'string' ? context.references[value] : undefined;
      if (!reference) return true;
      if (named.has(reference.id)) return false;
      named.add(reference.id);
      return true;
    });
  return joined(
    fields.map(([key, value]) => (
      <span key={key}>
        {fieldLabel(key, context.t).toLowerCase()} {shownValue(key, value, context)}
      </span>
    )),
  );
}
