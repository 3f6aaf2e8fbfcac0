export { LineNumberInput, NotTracked, numberColumn, ProductCell } from './cells.tsx';
export { type LineColumn, LinesGrid, type LinesGridProps } from './LinesGrid.tsx';
