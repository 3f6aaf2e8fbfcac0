import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../../ui/DataGrid.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { type StockMove, useDocumentMoves } from '../inventory-api.ts';
import { useMoveColumns } from './move-columns.tsx';

/** The stock moves a document posted, with their value at cost: its Ledger effects tab. */
export function DocumentMoves({ id }: { id: string }) {
  const { t } = useTranslation('inventory');
  const moves = useDocumentMoves(id);
  const columns = useMoveColumns<StockMove>(['posted', 'product', 'lot', 'quantity', 'route', 'value', 'user']);
  return (
    <Panel title={t('documentMoves.title')} flush testId="operation-moves">
      {moves.error && <ErrorAlert error={moves.error} onRetry={() => void moves.refetch()} />}
      <DataGrid<StockMove>
        records={moves.data ?? []}
        columns={columns}
        fetching={moves.isPending}
        minHeight={moves.data?.length ? undefined : 120}
        noRecordsText={t('documentMoves.none')}
      />
    </Panel>
  );
}
