import { BusinessRuleViolation } from '../../platform/errors.ts';

export class CreditLimitExceeded extends BusinessRuleViolation {
  constructor(details: { customer: string; creditLimit: string; openAmount: string; orderTotal: string }) {
    super(
      'credit_limit_exceeded',
      `${details.customer} would owe ${details.openAmount}, above the credit limit of ${details.creditLimit}; a user allowed to override the limit can confirm it`,
      details,
    );
  }
}

export class CustomerInactive extends BusinessRuleViolation {
  constructor(name: string) {
    super('customer_inactive', `${name} is deactivated; reactivate the customer to sell to them`);
  }
}
