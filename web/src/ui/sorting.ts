import type { DataTableSortStatus } from 'mantine-datatable';

/** The API's sort parameter (`name`, `-name`) as the table's sort status, and back. */
export function sortStatusOf<T>(sort: string): DataTableSortStatus<T> {
  const descending = sort.startsWith('-');
  return { columnAccessor: descending ? sort.slice(1) : sort, direction: descending ? 'desc' : 'asc' };
}

/** The sort parameter for a clicked column, if the API sorts by it. */
export function sortParamOf<S extends string, T>(status: DataTableSortStatus<T>, sorts: readonly S[]): S | undefined {
  const column = String(status.columnAccessor);
  const param = status.direction === 'desc' ? `-${column}` : column;
  return sorts.find((sort) => sort === param);
}
