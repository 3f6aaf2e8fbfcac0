export { AccountSelect } from './AccountSelect.tsx';
export { CategorySelect } from './CategorySelect.tsx';
export { CustomerSelect } from './CustomerSelect.tsx';
export { ProductPicker } from './ProductPicker.tsx';
export { type PickerProps, RecordSelect } from './RecordSelect.tsx';
export { LocationSelect, ProductSelect, WarehouseSelect } from './stock-pickers.tsx';
