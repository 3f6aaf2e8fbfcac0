import { BadRequest, Conflict, invalidField } from '../../platform/errors.ts';
import { explainConstraint } from '../../platform/http/error-handler.ts';

explainConstraint('products_sku_unique', {
  status: 409,
  code: 'duplicate_sku',
  message: 'Another product already has this SKU',
  field: 'sku',
});
explainConstraint('products_barcode_unique', {
  status: 409,
  code: 'duplicate_barcode',
  message: 'Another product already has this barcode',
  field: 'barcode',
});
explainConstraint('product_categories_name_unique', {
  status: 409,
  code: 'duplicate_category',
  message: 'A category with this name already exists',
  field: 'name',
});

export class UnknownReference extends BadRequest {
  constructor(field: string, what: string) {
    super('validation_failed', `Invalid request. ${field}: ${what} was not found`, {
      fields: [{ path: field, message: `${what} was not found` }],
    });
  }
}

export class ProductInUse extends Conflict {
  constructor(detail: string) {
    super('product_in_use', `This product ${detail}; deactivate it instead`);
  }
}

/** For modules whose rows refer to products: a refused delete reads as "in use". */
export function explainProductReference(constraint: string, usedBy: string): void {
  explainConstraint(constraint, {
    status: 409,
    code: 'product_in_use',
    message: `This product is used by ${usedBy}; deactivate it instead`,
  });
}

/** The product exists and the quantity has no more decimals than its unit allows (no 1.5 pieces). */
export function assertQuantityFitsUnit(
  product: { sku: string; unitOfMeasure: string; uomDecimals: number } | undefined,
  quantity: string,
  path: string,
): asserts product {
  if (!product) throw new UnknownReference(`${path}.productId`, 'Product');
  const decimals = quantity.includes('.') ? quantity.replace(/0+$/, '').split('.')[1]!.length : 0;
  if (decimals > product.uomDecimals) {
    const message =
      product.uomDecimals === 0
        ? `${product.sku} is counted in whole ${product.unitOfMeasure}`
        : `${product.sku} allows at most ${product.uomDecimals} decimal places`;
    invalidField(`${path}.quantity`, message);
  }
}

/** Every line names a known product and a quantity its unit allows, with `lines.N` field paths. */
export function assertLinesFitUnits(
  products: ReadonlyMap<string, { sku: string; unitOfMeasure: string; uomDecimals: number }>,
  lines: readonly { productId: string; quantity: string }[],
): void {
  for (const [i, line] of lines.entries())
    assertQuantityFitsUnit(products.get(line.productId), line.quantity, `lines.${i}`);
}
