import { z } from 'zod';
import { text } from '../http/schemas.ts';

const supportedCurrencies = new Set(Intl.supportedValuesOf('currency'));

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
const isLocale = (locale: string) => {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
};

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/, 'Enter a domain such as example.com');
const currency = z
  .string()
  .trim()
  .toUpperCase()
  .length(3)
  .refine((c) => supportedCurrencies.has(c), 'Unknown ISO 4217 currency code');
const timezone = z.string().trim().max(64).refine(isTimeZone, 'Unknown IANA time zone');
const locale = z.string().trim().max(35).refine(isLocale, 'Unknown locale');

/** A new company: currency IDR, time zone Asia/Jakarta and locale id-ID unless given. */
export const CompanyProfileInput = z.strictObject({
  name: text(200),
  domain: domain.optional(),
  currency: currency.default('IDR'),
  timezone: timezone.default('Asia/Jakarta'),
  locale: locale.default('id-ID'),
});

/** A change to the profile: only the fields sent change; `domain: null` clears it. */
export const CompanyProfilePatch = z.strictObject({
  name: text(200).optional(),
  domain: domain.nullable().optional(),
  currency: currency.optional(),
  timezone: timezone.optional(),
  locale: locale.optional(),
});

export const CompanyOut = z
  .object({
    id: z.uuid(),
    name: z.string(),
    companyCode: z.string().describe('6 characters; employees join with it'),
    domain: z.string().nullable(),
    currency: z.string(),
    timezone: z.string(),
    locale: z.string(),
  })
  .meta({ id: 'Company' });

export function toCompanyOut(c: {
  id: string;
  name: string;
  code: string;
  domain?: string | null | undefined;
  currency: string;
  timezone: string;
  locale: string;
}) {
  return {
    id: c.id,
    name: c.name,
    companyCode: c.code,
    domain: c.domain ?? null,
    currency: c.currency,
    timezone: c.timezone,
    locale: c.locale,
  };
}
