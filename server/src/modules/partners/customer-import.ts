import { defineImportKind } from '../../platform/imports/import-kind.ts';
import { checkCustomerImport, commitCustomerImport, type ImportedCustomer } from './commands/import-customers.ts';
import { customerTypes } from './schema.ts';

/** Customers from a spreadsheet, upserted by code (case-insensitive, as the unique index folds it). */
export const customerImport = defineImportKind<ImportedCustomer>({
  name: 'customers',
  permission: 'partners.customer.create',
  updatePermission: 'partners.customer.update',
  keyColumn: 'code',
  columns: [
    { name: 'code', aliases: ['customer code', 'kode', 'kode pelanggan', 'id'], required: true, example: 'C-0001' },
    {
      name: 'name',
      aliases: ['customer', 'customer name', 'nama', 'nama pelanggan'],
      required: true,
      example: 'Toko Maju',
    },
    { name: 'type', aliases: ['customer type', 'jenis', 'tipe'], example: 'retail' },
    { name: 'email', aliases: ['e-mail', 'mail'], example: 'order@tokomaju.co.id' },
    { name: 'phone', aliases: ['telephone', 'telepon', 'telp', 'hp'], example: '+62 21 555 0100' },
    { name: 'addressLine', aliases: ['address', 'alamat'], example: 'Jl. Sudirman 1' },
    { name: 'city', aliases: ['kota'], example: 'Jakarta' },
    { name: 'postalCode', aliases: ['postal code', 'zip', 'kode pos'], example: '10220' },
    { name: 'country', aliases: ['negara', 'country code'], example: 'ID' },
    { name: 'taxId', aliases: ['npwp', 'tax id', 'vat number'], example: '' },
    { name: 'paymentTermsDays', aliases: ['payment terms', 'terms', 'termin', 'top'], example: '30', number: true },
    { name: 'creditLimit', aliases: ['credit limit', 'limit kredit', 'plafon'], example: '50000000', number: true },
    { name: 'notes', aliases: ['catatan', 'keterangan'], example: '' },
  ],
  parseRow: (cells) => ({
    code: cells.text('code', { required: true, max: 32 }) ?? '',
    name: cells.text('name', { required: true, max: 200 }) ?? '',
    type: cells.choice('type', customerTypes) ?? null,
    email:
      cells
        .text('email', { max: 254, pattern: { regex: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, message: 'Not an email address' } })
        ?.toLowerCase() ?? null,
    phone:
      cells.text('phone', {
        max: 32,
        pattern: { regex: /^[+\d][\d ()-]{3,31}$/, message: 'Enter a phone number such as +62 21 555 0100' },
      }) ?? null,
    addressLine: cells.text('addressLine', { max: 300 }) ?? null,
    city: cells.text('city', { max: 100 }) ?? null,
    postalCode: cells.text('postalCode', { max: 16 }) ?? null,
    country:
      cells
        .text('country', { pattern: { regex: /^[A-Za-z]{2}$/, message: 'Two-letter ISO country code, e.g. ID' } })
        ?.toUpperCase() ?? null,
    taxId: cells.text('taxId', { max: 32 }) ?? null,
    paymentTermsDays: cells.integer('paymentTermsDays', { min: 0, max: 365 }) ?? null,
    creditLimit: cells.decimal('creditLimit') ?? null,
    notes: cells.text('notes', { max: 2000 }) ?? null,
  }),
  naturalKey: (customer) => customer.code.toLowerCase(),
  check: checkCustomerImport,
  commit: commitCustomerImport,
});
