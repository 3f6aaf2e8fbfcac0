import { explainConstraint } from '../../platform/http/error-handler.ts';

explainConstraint('customers_code_unique', {
  status: 409,
  code: 'duplicate_customer_code',
  message: 'Another customer already has this code',
  field: 'code',
});
