import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { TenantContext } from '../../db/database.ts';
import { BadRequest } from '../errors.ts';
import { renderPdf } from '../export/pdf.ts';
import { email, text } from '../http/schemas.ts';
import { type CompanyIdentity, companyIdentity } from '../tenancy/company-calendar.ts';
import { defineCompanySetting, readCompanySetting, writeCompanySetting } from './company-settings.ts';

const nullableText = (max: number) => text(max).nullable().default(null);

export const BankAccount = z.strictObject({
  bankName: text(100).describe('e.g. Bank Central Asia'),
  accountNumber: text(40),
  accountHolder: text(200).describe('The name on the account'),
});

/** What a company prints on the documents it sends: address, tax id, contact and bank details. */
export const LetterheadFields = z.strictObject({
  addressLine: nullableText(300).describe('Street and building; may span lines'),
  city: nullableText(100),
  postalCode: nullableText(16),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Two-letter ISO country code, e.g. ID')
    .nullable()
    .default(null),
  phone: z
    .string()
    .trim()
    .max(32)
    .regex(/^[+\d][\d ()-]{3,31}$/, 'Enter a phone number such as +62 21 555 0100')
    .nullable()
    .default(null),
  email: email.nullable().default(null),
  website: nullableText(200),
  taxId: nullableText(32).describe('NPWP in Indonesia, e.g. 01.234.567.8-012.000'),
  bankAccounts: z.array(BankAccount).max(3).default([]).describe('Where customers pay; printed on invoices'),
  paymentNote: nullableText(500).describe('Printed under the bank details, e.g. "Please quote the invoice number"'),
});
export type LetterheadFields = z.output<typeof LetterheadFields>;

const letterheadSetting = defineCompanySetting<LetterheadFields>(
  'company.letterhead',
  LetterheadFields,
  LetterheadFields.parse({}),
);

/** The logo is kept as a data URL; files of its size need no file store of their own. */
export const LOGO_MAX_BYTES = 200 * 1024;
const LOGO_DATA_URL = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;
const MAGIC = { png: '89504e47', jpeg: 'ffd8ff' };

const logoSetting = defineCompanySetting<string | null>('company.logo', z.string().nullable(), null, {
  // A data URL of up to 200 kB does not belong in every audit row: the trail keeps its size and digest.
  audited: (logo) =>
    logo && { bytes: logo.length, sha256: createHash('sha256').update(logo).digest('hex').slice(0, 16) },
});

export const LogoInput = z.strictObject({
  image: z
    .string()
    .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 32)
    .describe(`A PNG or JPEG image as a data URL (data:image/png;base64,...), at most ${LOGO_MAX_BYTES / 1024} kB`),
});

const badLogo = (message: string) => new BadRequest('invalid_logo', message, { fields: [{ path: 'image', message }] });

/** Accepts only a PNG or JPEG that the PDF renderer can actually read, so no invoice fails on it later. */
async function checkedLogo(image: string): Promise<string> {
  const match = LOGO_DATA_URL.exec(image.trim());
  if (!match) throw badLogo('Send a PNG or JPEG image as a data URL, e.g. data:image/png;base64,...');
  const bytes = Buffer.from(match[2]!, 'base64');
  if (bytes.length > LOGO_MAX_BYTES) throw badLogo(`The logo is larger than ${LOGO_MAX_BYTES / 1024} kB`);
  if (!bytes.toString('hex').startsWith(MAGIC[match[1] as 'png' | 'jpeg'])) {
    throw badLogo(`The file is not a ${match[1]!.toUpperCase()} image`);
  }
  const dataUrl = `data:image/${match[1]};base64,${bytes.toString('base64')}`;
  try {
    await renderPdf({ content: [{ image: dataUrl, fit: [160, 60] }] });
  } catch {
    throw badLogo('The image cannot be read; save it again as PNG or JPEG');
  }
  return dataUrl;
}

export const readLetterheadFields = (ctx: TenantContext) => readCompanySetting(ctx, letterheadSetting);
export const readLogo = (ctx: TenantContext) => readCompanySetting(ctx, logoSetting);

export const changeLetterhead = (ctx: TenantContext, fields: LetterheadFields) =>
  writeCompanySetting(ctx, letterheadSetting, fields);

export async function changeLogo(ctx: TenantContext, image: string | null): Promise<string | null> {
  return writeCompanySetting(ctx, logoSetting, image === null ? null : await checkedLogo(image));
}

/** Everything a document needs to say who sends it, and how to write dates and amounts for its reader. */
export interface Letterhead extends CompanyIdentity, LetterheadFields {
  logo: string | null;
}

export async function companyLetterhead(ctx: TenantContext): Promise<Letterhead> {
  return { ...(await companyIdentity(ctx)), ...(await readLetterheadFields(ctx)), logo: await readLogo(ctx) };
}
