import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** Where a keyset list comes from: its cache key and how a page is fetched. */
export interface KeysetSource<T> {
  queryKey: readonly unknown[];
  fetchPage: (cursor: string | undefined) => Promise<ListPage<T>>;
}

/**
 * A list the server pages by key (`cursor` → `nextCursor`): the first page, then more on demand.
 * The previous rows stay on screen while new filters load.
 */
export function useKeysetList<T>(
  queryKey: readonly unknown[],
  fetchPage: (cursor: string | undefined) => Promise<ListPage<T>>,
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  return {
    records: query.data?.pages.flatMap((page) => page.items),
    error: query.error,
    refetch: query.refetch,
    /** Loading the first page, or new filters while the old rows still show. */
    fetching: query.isPending || query.isPlaceholderData,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
  };
}

export type KeysetList<T> = ReturnType<typeof useKeysetList<T>>;
