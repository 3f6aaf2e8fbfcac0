import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currencyOptions, localeOptions, timeZoneOptions } from './profile-options.ts';

export interface CompanyProfileValues {
  name: string;
  domain: string;
  currency: string;
  timezone: string;
  locale: string;
}

interface CompanyProfileFieldsProps {
  form: Pick<UseFormReturnType<Record<string, unknown>>, 'getInputProps'>;
  /** Where the profile sits in the form's values, e.g. `company.` in registration. */
  prefix?: string;
  current?: Partial<CompanyProfileValues>;
}

/** Name, domain, currency, time zone and locale: the company profile in registration and settings. */
export function CompanyProfileFields({ form, prefix = '', current }: CompanyProfileFieldsProps) {
  const { t, i18n } = useTranslation('company');
  const field = (name: keyof CompanyProfileValues) => form.getInputProps(`${prefix}${name}`);
  return (
    <>
      <TextInput label={t('profile.name')} required autoComplete="organization" maxLength={200} {...field('name')} />
      <TextInput
        label={t('profile.domain')}
        description={t('profile.domainHint')}
        placeholder="example.com"
        autoComplete="url"
        maxLength={253}
        {...field('domain')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Select
          label={t('profile.currency')}
          data={currencyOptions(i18n.language, current?.currency)}
          searchable
          allowDeselect={false}
          {...field('currency')}
        />
        <Select
          label={t('profile.locale')}
          data={localeOptions(i18n.language, current?.locale)}
          searchable
          allowDeselect={false}
          {...field('locale')}
        />
      </SimpleGrid>
      <Select
        label={t('profile.timezone')}
        data={timeZoneOptions(current?.timezone)}
        searchable
        allowDeselect={false}
        limit={50}
        {...field('timezone')}
      />
    </>
  );
}
