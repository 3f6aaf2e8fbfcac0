interface CompanyFormat {
  locale: string;
  timezone: string;
}

/** A date and time as people in the company read it: its locale and time zone. */
export function formatDateTime(iso: string, company: CompanyFormat): string {
  return new Intl.DateTimeFormat(company.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: company.timezone,
  }).format(new Date(iso));
}

export function formatDate(iso: string, company: CompanyFormat): string {
  return new Intl.DateTimeFormat(company.locale, { dateStyle: 'medium', timeZone: company.timezone }).format(
    new Date(iso),
  );
}
