import type { Content, Size } from 'pdfmake';
import type { Words } from '../i18n/index.ts';
import type { Letterhead } from '../settings/company-letterhead.ts';
import type { DocumentFormat } from './document-format.ts';

export interface PostalAddress {
  addressLine: string | null;
  city: string | null;
  postalCode: string | null;
  country: string | null;
}

/**
 * An address as it is written on an envelope: street lines, then city and postal code, then the
 * country in the reader's language when it is not the sender's own.
 */
export function addressLines(address: PostalAddress, format: DocumentFormat, homeCountry: string | null): string[] {
  const cityLine = [address.city, address.postalCode].filter(Boolean).join(' ');
  const country =
    address.country && address.country !== homeCountry
      ? new Intl.DisplayNames(format.locale, { type: 'region' }).of(address.country)
      : undefined;
  return [...(address.addressLine?.split(/\r?\n/) ?? []), cityLine, country ?? ''].filter((line) => line !== '');
}

/** The sender's block at the top of a document: logo, name, address, contact and tax id. */
export function senderBlock(company: Letterhead, format: DocumentFormat): Content {
  const contact = [company.phone, company.email, company.website].filter(Boolean).join('  ·  ');
  const details = {
    width: '*' as Size,
    stack: [
      { text: company.name, fontSize: 13, bold: true },
      ...addressLines(company, format, company.country),
      ...(contact ? [contact] : []),
      ...(company.taxId ? [`${format.words.t('document.taxId')}: ${company.taxId}`] : []),
    ],
    color: '#333333',
  };
  if (!company.logo) return details;
  const logo = { width: 'auto' as Size, stack: [{ image: company.logo, fit: [110, 56] as [number, number] }] };
  return { columns: [logo, details], columnGap: 12 };
}

/** Where to pay: each bank account the company prints, and its payment note. */
export function bankDetails(company: Letterhead, words: Words): Content[] {
  return [
    ...company.bankAccounts.map(
      (account): Content => ({
        margin: [0, 2, 0, 0],
        text: [
          { text: `${words.t('document.bank')}: `, color: '#666666' },
          { text: account.bankName, bold: true },
          { text: `   ${words.t('document.accountNumber')}: `, color: '#666666' },
          { text: account.accountNumber, bold: true },
          { text: `   ${words.t('document.accountHolder')}: `, color: '#666666' },
          account.accountHolder,
        ],
      }),
    ),
    ...(company.paymentNote ? [{ text: company.paymentNote, margin: [0, 4, 0, 0] } as Content] : []),
  ];
}
