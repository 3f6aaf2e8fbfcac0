import { Conflict, Forbidden } from '../../platform/errors.ts';
import { explainProductReference } from '../catalog/index.ts';

explainProductReference('stock_count_lines_product_fk', 'stock counts');

/** A count whose variance exceeds the company's threshold needs a manager's approval. */
export class ApprovalNeedsManager extends Forbidden {
  constructor(details: { varianceValue: string; threshold: string; currency: string }) {
    super(
      'approval_needs_manager',
      `The count’s variance of ${details.varianceValue} ${details.currency} exceeds the approval threshold of ${details.threshold} ${details.currency}: a manager (permission inventory.count.approve) must approve it`,
      { ...details, permission: 'inventory.count.approve' },
    );
  }
}

/** A count with a team is counted by its team (or by whoever manages counts). */
export class NotOnCountTeam extends Forbidden {
  constructor(countNumber: string) {
    super(
      'not_on_count_team',
      `${countNumber} is counted by its team: only its members, or a user who manages counts (permission inventory.count.manage), record counts on it`,
      { permission: 'inventory.count.manage' },
    );
  }
}

export interface NegativeLine {
  lineNo: number;
  sku: string;
  locationCode: string;
  lotNumber: string | null;
  available: string;
  change: string;
}

/**
 * Stock left the location after the snapshot (a delivery during counting), so the variance
 * would take more than is there now, or more than is free of reservations.
 */
export class CountExceedsStock extends Conflict {
  constructor(lines: NegativeLine[]) {
    super(
      'count_exceeds_stock',
      `Posting would take more stock than is available now: ${lines
        .map(
          (l) =>
            `line ${l.lineNo} ${l.sku} at ${l.locationCode}${l.lotNumber ? ` lot ${l.lotNumber}` : ''} changes by ${l.change}, ${l.available} available`,
        )
        .join('; ')}. Recount these lines (reject the count) or release the reservations first`,
      { lines },
    );
  }
}

/** Blind counts keep the system quantities from counters until counting is over. */
export class BlindCountHidden extends Forbidden {
  constructor() {
    super(
      'blind_count',
      'This is a blind count: system quantities and variances are shown to reviewers (permission inventory.count.review), or to everyone once counting is finished',
    );
  }
}
