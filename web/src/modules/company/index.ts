/** What other modules use of the company module: they import it from here, never its files. */
export { CompanyProfileFields } from './CompanyProfileFields.tsx';
export { companyDefaults } from './profile-options.ts';
