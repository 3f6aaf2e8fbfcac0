import { Fragment, type ReactNode } from 'react';
import { formatDateTime, formatDay, formatMoney, formatQuantity } from './format.ts';
import { RecordLink, type RecordReference } from './RecordLink.tsx';

export interface AuditContext {
  company: { locale: string; timezone: string; currency: string };
  /** The records the entries mention, by id or document number (from the audit API). */
  references: Record<string, RecordReference>;
}

/** Field names whose labels do not follow from the name itself. */
const fieldLabels: Record<string, string> = {
  taxTotal: 'Tax',
  discountTotal: 'Discount',
  journalEntry: 'Journal entry',
  creditLimitOverridden: 'Credit limit overridden',
  lineNo: 'Line',
  sku: 'Product',
  teamUserIds: 'Team',
  allocated: 'Allocated to',
};

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

/** `discountTotal` → `Discount total`, `salesOrderId` → `Sales order`, `zoneIds` → `Zones`. */
export function fieldLabel(key: string): string {
  if (fieldLabels[key]) return fieldLabels[key];
  const words = key
    .replace(/Ids$/, 's')
    .replace(/Id$/, '')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
  return sentence(words);
}

/** `partially_paid` → `Partially paid`. */
const codeLabel = (code: string) => sentence(code.replaceAll('_', ' '));

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
  const { company, references } = context;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') value = String(value);
  if (typeof value === 'string') {
    const reference = references[value] ?? references[value.toLowerCase()];
    if (reference) return <RecordLink reference={reference} />;
    if (/^[0-9a-f-]{36}$/i.test(value)) return 'a record that no longer exists';
    if (codeFields.test(key)) return codeLabel(value);
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
    const noun = key === 'lines' ? (value.length === 1 ? 'line' : 'lines') : value.length === 1 ? 'item' : 'items';
    if (value.length > 5) return `${value.length} ${noun}`;
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
        {fieldLabel(key).toLowerCase()} {shownValue(key, value, context)}
      </span>
    )),
  );
}
