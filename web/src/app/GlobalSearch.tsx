import { ActionIcon, Button, Group, Kbd, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client.ts';
import { recordPage } from '../ui/record-pages.ts';

type FoundRecord = Schemas['FoundRecord'];

/** The kinds of hits whose group has a title; the server decides their order. */
const titledKinds = [
  'sales_order',
  'customer_invoice',
  'customer_payment',
  'journal_entry',
  'stock_operation',
  'stock_count',
  'customer',
  'product',
] as const;
const isTitledKind = (kind: string): kind is (typeof titledKinds)[number] =>
  (titledKinds as readonly string[]).includes(kind);

function useRecordSearch(text: string) {
  const [query] = useDebouncedValue(text.trim(), 200);
  return useQuery({
    queryKey: ['search', query],
    queryFn: () => unwrap(api.GET('/api/search', { params: { query: { q: query } } })),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    select: (page) => page.items,
  });
}

function groupedByKind(items: FoundRecord[]): [kind: string, items: FoundRecord[]][] {
  const groups = new Map<string, FoundRecord[]>();
  for (const item of items) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
  return [...groups];
}

/**
 * Ctrl+K (⌘K on a Mac), or the header's search button: documents by number and master data by
 * code or name, across the modules the user may open.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const found = useRecordSearch(text);
  const items = text.trim() ? (found.data ?? []) : [];
  return (
    <>
      <Button
        variant="default"
        size="xs"
        visibleFrom="sm"
        onClick={spotlight.open}
        aria-label={t('search.label')}
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
      >
        {t('search.button')}
      </Button>
      <ActionIcon variant="default" hiddenFrom="sm" onClick={spotlight.open} aria-label={t('search.label')}>
        <IconSearch size={16} />
      </ActionIcon>
      <Spotlight.Root query={text} onQueryChange={setText} shortcut={['mod + K']} scrollable maxHeight={420}>
        <Spotlight.Search
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          rightSection={found.isFetching ? <Loader size="xs" /> : null}
        />
        <Spotlight.ActionsList>
          {groupedByKind(items).map(([kind, hits]) => (
            <Spotlight.ActionsGroup key={kind} label={isTitledKind(kind) ? t(`search.kinds.${kind}`) : kind}>
              {hits.map((hit) => {
                const page = recordPage(hit.kind, hit.id);
                return (
                  <Spotlight.Action
                    key={hit.id}
                    data-testid="search-hit"
                    disabled={!page}
                    onClick={() => page && void navigate(page)}
                  >
                    <Group gap="sm" wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {hit.label}
                      </Text>
                      {hit.detail && (
                        <Text size="sm" c="dimmed" truncate>
                          {hit.detail}
                        </Text>
                      )}
                    </Group>
                  </Spotlight.Action>
                );
              })}
            </Spotlight.ActionsGroup>
          ))}
          {text.trim() && found.data && items.length === 0 && (
            <Spotlight.Empty>{t('search.nothing', { text: text.trim() })}</Spotlight.Empty>
          )}
          {!text.trim() && <Spotlight.Empty>{t('search.hint')}</Spotlight.Empty>}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}
