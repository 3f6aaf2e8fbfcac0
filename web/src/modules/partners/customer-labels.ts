import type { TFunction } from 'i18next';
import type { CustomerType } from './customers-api.ts';

export const customerTypes: CustomerType[] = ['retail', 'wholesale', 'distributor', 'online'];

export const customerTypeOptions = (t: TFunction<'partners'>) =>
  customerTypes.map((value) => ({ value, label: t(`customerType.${value}`) }));

/** Payment terms as read: cash, or the days until an invoice is due. */
export const paymentTermsText = (t: TFunction<'partners'>, days: number) =>
  days === 0 ? t('cash') : t('days', { count: days });
