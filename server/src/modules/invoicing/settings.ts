import { z } from 'zod';
import { defineCompanySetting } from '../../platform/settings/company-settings.ts';

/** The VAT (PPN) rate invoice lines get unless they say otherwise, in percent. */
export const defaultVatRate = defineCompanySetting(
  'invoicing.defaultVatRate',
  z.string().regex(/^\d{1,2}(\.\d{1,2})?$|^100$/),
  '11',
);
