import { DataTable, type DataTableProps } from 'mantine-datatable';

/**
 * A mantine-datatable grid with the kit's look. When its columns do not fit (a phone, a narrow
 * card) it scrolls sideways inside its card, and the scrollbar shows whenever it can scroll, so no
 * column is ever hidden without a sign that there is more.
 */
export function DataGrid<T>(props: DataTableProps<T>) {
  return (
    <DataTable<T>
      verticalSpacing={7}
      horizontalSpacing="md"
      fz="sm"
      {...props}
      scrollAreaProps={{ type: 'auto', ...props.scrollAreaProps }}
    />
  );
}
