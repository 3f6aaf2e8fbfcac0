import { createTheme, type MantineColorsTuple, Table, TableScrollContainer } from '@mantine/core';

const brand: MantineColorsTuple = [
  '#eaf1ff',
  '#d3e1fc',
  '#a6c0f4',
  '#769ded',
  '#4e80e7',
  '#356de4',
  '#2664e3',
  '#1953ca',
  '#0f4ab5',
  '#003fa0',
];

/** Neutral surfaces, one blue accent, compact type: a workplace tool, not a landing page. */
export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 7, dark: 5 },
  colors: { brand },
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SF Mono", "JetBrains Mono", Menlo, Consolas, monospace',
  defaultRadius: 'sm',
  fontSizes: { xs: '0.75rem', sm: '0.8125rem', md: '0.875rem', lg: '1rem', xl: '1.125rem' },
  headings: {
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '1.375rem', lineHeight: '1.3' },
      h2: { fontSize: '1.125rem', lineHeight: '1.35' },
      h3: { fontSize: '1rem', lineHeight: '1.4' },
      h4: { fontSize: '0.875rem', lineHeight: '1.4' },
    },
  },
  cursorType: 'pointer',
  components: {
    /** Column titles stay on one line; dense tables wrap cell text instead. */
    Table: Table.extend({ styles: { th: { whiteSpace: 'nowrap' } } }),
    /** A table that scrolls sideways shows its scrollbar, so a cut-off column is never mistaken for the last. */
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { scrollAreaProps: { type: 'auto' } } }),
  },
});
