import { explainConstraint } from '../../platform/http/error-handler.ts';

explainConstraint('customers_code_unique', {
  status: 409,
  code: 'duplicate_customer_code',
  message: 'Another customer already has this code',
  field: 'code',
});

explainConstraint('payment_terms_code_unique', {
  status: 409,
  code: 'duplicate_payment_term_code',
  message: 'Another payment term already has this code',
  field: 'code',
});

explainConstraint('customers_payment_term_fk', {
  status: 400,
  code: 'unknown_payment_term',
  message: 'There is no such payment term',
  field: 'paymentTermId',
});

explainConstraint('payment_terms_discount_valid', {
  status: 400,
  code: 'invalid_early_payment_discount',
  message: 'An early-payment discount needs a percentage under 100 and a number of days within the term',
  field: 'discountDays',
});
