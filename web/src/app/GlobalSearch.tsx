import { ActionIcon, Button, Group, Kbd, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, type Schemas, unwrap } from '../api/client.ts';
import { recordPage } from '../ui/record-pages.ts';

type FoundRecord = Schemas['FoundRecord'];

/** What each group of hits is called; the server decides their order. */
const kindTitles: Record<string, string> = {
  sales_order: 'Sales orders',
  customer_invoice: 'Invoices',
  customer_payment: 'Payments',
  journal_entry: 'Journal entries',
  stock_operation: 'Stock operations',
  stock_count: 'Stock counts',
  customer: 'Customers',
  product: 'Products',
};

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
        aria-label="Search documents and records"
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
      >
        Search…
      </Button>
      <ActionIcon variant="default" hiddenFrom="sm" onClick={spotlight.open} aria-label="Search documents and records">
        <IconSearch size={16} />
      </ActionIcon>
      <Spotlight.Root query={text} onQueryChange={setText} shortcut={['mod + K']} scrollable maxHeight={420}>
        <Spotlight.Search
          placeholder="Order, invoice or payment number, customer, product…"
          aria-label="Search documents and records"
          rightSection={found.isFetching ? <Loader size="xs" /> : null}
        />
        <Spotlight.ActionsList>
          {groupedByKind(items).map(([kind, hits]) => (
            <Spotlight.ActionsGroup key={kind} label={kindTitles[kind] ?? kind}>
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
            <Spotlight.Empty>Nothing matches “{text.trim()}”</Spotlight.Empty>
          )}
          {!text.trim() && <Spotlight.Empty>Type a document number, a customer or a product</Spotlight.Empty>}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}
