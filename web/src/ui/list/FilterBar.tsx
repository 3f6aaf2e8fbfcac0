import { Button, Group, Select, Switch } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveFilter } from '../ActiveFilter.tsx';
import { DateRangeFilter } from '../DateRangeFilter.tsx';
import { SearchInput } from '../SearchInput.tsx';
import { activeFilterChips, clearAllFilters, type ListFilter, type ListSearch } from './list-filters.ts';

export interface SearchBox {
  /** The search parameter the text goes to, usually `q`. */
  key: string;
  label: string;
  placeholder: string;
  width?: number;
}

interface FilterBarProps {
  search: ListSearch;
  searchBox: SearchBox | undefined;
  filters: readonly ListFilter[];
  onChange: (change: ListSearch) => void;
  searchRef: Ref<HTMLInputElement>;
  /** More controls at the end of the bar (the column chooser). */
  children?: ReactNode;
}

function FilterControl({
  filter,
  search,
  onChange,
}: {
  filter: ListFilter;
  search: ListSearch;
  onChange: (change: ListSearch) => void;
}) {
  switch (filter.kind) {
    case 'select':
      return (
        <Select
          aria-label={filter.label}
          placeholder={filter.placeholder}
          w={filter.width ?? 160}
          clearable
          data={filter.options as { value: string; label: string }[]}
          value={(search[filter.key] as string | undefined) ?? null}
          onChange={(value) => onChange({ [filter.key]: value ?? undefined })}
        />
      );
    case 'picker':
      return filter.picker(search[filter.key] as string | undefined, (value) => onChange({ [filter.key]: value }), {
        search,
        change: onChange,
      }) as ReactNode;
    case 'dateRange':
      return (
        <DateRangeFilter
          // A chip that clears the range starts the picker afresh.
          key={`${search[filter.from] ?? ''}-${search[filter.to] ?? ''}`}
          label={filter.label}
          from={search[filter.from] as string | undefined}
          to={search[filter.to] as string | undefined}
          onChange={(from, to) => onChange({ [filter.from]: from, [filter.to]: to })}
        />
      );
    case 'yesNo':
      return (
        <Switch
          label={filter.label}
          checked={Boolean(search[filter.key])}
          onChange={(event) => onChange({ [filter.key]: event.currentTarget.checked || undefined })}
        />
      );
    case 'active':
      return (
        <ActiveFilter
          value={search[filter.key] as 'inactive' | 'all' | undefined}
          onChange={(value) => onChange({ [filter.key]: value })}
        />
      );
  }
}

const filterId = (filter: ListFilter) => (filter.kind === 'dateRange' ? filter.from : filter.key);

/** The search box, the declared filters, and a chip for each filter in force. */
export function FilterBar({ search, searchBox, filters, onChange, searchRef, children }: FilterBarProps) {
  const { t } = useTranslation('ui');
  const chips = activeFilterChips(filters, search, searchBox?.key);
  return (
    <>
      <Group gap="sm" mb="xs" align="center">
        {searchBox && (
          <SearchInput
            inputRef={searchRef}
            shortcut="/"
            label={searchBox.label}
            placeholder={searchBox.placeholder}
            value={search[searchBox.key] as string | undefined}
            onSearch={(value) => onChange({ [searchBox.key]: value })}
            w={searchBox.width ?? 240}
          />
        )}
        {filters.map((filter) => (
          <FilterControl key={filterId(filter)} filter={filter} search={search} onChange={onChange} />
        ))}
        {children}
      </Group>
      {chips.length > 0 && (
        <Group gap={6} mb="xs" data-testid="active-filters">
          {chips.map((chip) => (
            <Button
              key={chip.text}
              variant="light"
              size="compact-xs"
              radius="xl"
              rightSection={<IconX size={12} />}
              aria-label={t('list.removeFilter', { filter: chip.text })}
              onClick={() => onChange(chip.clear)}
            >
              {chip.text}
            </Button>
          ))}
          <Button variant="subtle" size="compact-xs" onClick={() => onChange(clearAllFilters(filters, searchBox?.key))}>
            {t('list.clearFilters')}
          </Button>
        </Group>
      )}
    </>
  );
}
