import { BusinessRuleViolation, Conflict } from '../../platform/errors.ts';
import { explainConstraint } from '../../platform/http/error-handler.ts';

explainConstraint('accounts_code_unique', {
  status: 409,
  code: 'duplicate',
  message: 'Another account already has this code',
  field: 'code',
});
explainConstraint('journal_entries_posted_immutable', {
  status: 409,
  code: 'entry_posted',
  message: 'A posted journal entry cannot be changed or deleted; reverse it instead',
});
explainConstraint('journal_entries_one_reversal', {
  status: 409,
  code: 'already_reversed',
  message: 'This journal entry has already been reversed',
});

/** Posting (or reopening, closing) into a period that is closed. */
export class PeriodClosed extends Conflict {
  constructor(period: { id: string; year: number; period_no: number }, date: string) {
    super(
      'period_closed',
      period.period_no === 13
        ? `The fiscal year ${period.year} is closed; nothing can be posted into it`
        : `The period ${period.year}-${String(period.period_no).padStart(2, '0')} is closed; post on a date in an open period (or reopen it) instead of ${date}`,
      { periodId: period.id, year: period.year, periodNo: period.period_no, date },
    );
  }
}

/** Σ debit ≠ Σ credit: names both sums and the difference. */
export class UnbalancedEntry extends BusinessRuleViolation {
  constructor(debit: string, credit: string, difference: string) {
    super('unbalanced_entry', `Debits ${debit} and credits ${credit} differ by ${difference}`, {
      debit,
      credit,
      difference,
    });
  }
}

export class PostedEntryImmutable extends Conflict {
  constructor(number: string | null) {
    super(
      'entry_posted',
      `Journal entry ${number ?? ''} is posted and cannot be changed or deleted; reverse it instead`.replace('  ', ' '),
    );
  }
}
