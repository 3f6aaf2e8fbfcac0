import { Conflict } from '../../platform/errors.ts';
import { explainConstraint } from '../../platform/http/error-handler.ts';
import { explainProductReference } from '../catalog/index.ts';

explainProductReference('stock_moves_product_fk', 'stock moves');
explainProductReference('stock_levels_product_fk', 'stock levels');
explainProductReference('stock_adjustment_lines_product_fk', 'stock adjustments');
explainProductReference('stock_reservations_product_fk', 'stock reservations');
explainConstraint('stock_levels_on_hand_not_negative', {
  status: 409,
  code: 'insufficient_stock',
  message: 'Not enough stock on hand for this change',
});
explainConstraint('stock_levels_reserved_within_on_hand', {
  status: 409,
  code: 'insufficient_stock',
  message: 'The change would leave less stock on hand than is reserved',
});

explainConstraint('warehouses_code_unique', {
  status: 409,
  code: 'duplicate_code',
  message: 'Another warehouse has this code',
  field: 'code',
});
explainConstraint('zones_code_unique', {
  status: 409,
  code: 'duplicate_code',
  message: 'Another zone of this warehouse has this code',
  field: 'code',
});
explainConstraint('locations_code_unique', {
  status: 409,
  code: 'duplicate_code',
  message: 'Another location has this code',
  field: 'code',
});

export interface Shortage {
  productId: string;
  sku: string;
  name: string;
  requested: string;
  available: string;
}

/** Lists every short product with what was asked for and what is available. */
export class InsufficientStock extends Conflict {
  constructor(readonly shortages: Shortage[]) {
    super(
      'insufficient_stock',
      `Insufficient stock: ${shortages.map((s) => `${s.sku} needs ${s.requested}, ${s.available} available`).join('; ')}`,
      { shortages },
    );
  }
}
