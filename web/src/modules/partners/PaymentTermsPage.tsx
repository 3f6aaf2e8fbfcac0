import { Badge, Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../ui/DataGrid.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notifyError } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PaymentTermModal } from './PaymentTermModal.tsx';
import { type PaymentTerm, usePaymentTerms, useSetPaymentTermActive } from './payment-terms-api.ts';

/** "30 days after the end of the month · 2% if paid within 10 days". */
function ruleOf(term: PaymentTerm, t: TFunction<'partners'>): string {
  const due = term.endOfMonth
    ? term.days === 0
      ? t('paymentTerms.eom')
      : t('paymentTerms.netEom', { days: term.days })
    : term.days === 0
      ? t('paymentTerms.cash')
      : t('paymentTerms.net', { days: term.days });
  const discount =
    term.discountPercent && term.discountDays !== null
      ? t('paymentTerms.discount', { percent: term.discountPercent, days: term.discountDays })
      : null;
  return [due, discount].filter(Boolean).join(' · ');
}

/** The company's payment terms: customers are given one, and their invoices' due dates follow it. */
export function PaymentTermsPage() {
  const { t } = useTranslation('partners');
  const terms = usePaymentTerms();
  const setActive = useSetPaymentTermActive();
  const [editing, setEditing] = useState<{ term?: PaymentTerm } | null>(null);
  return (
    <>
      <PageHeader
        title={t('paymentTerms.title')}
        description={t('paymentTerms.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
            {t('paymentTerms.add')}
          </Button>
        }
      />
      {terms.error && <ErrorAlert error={terms.error} onRetry={() => void terms.refetch()} />}
      <DataGrid<PaymentTerm>
        withTableBorder
        borderRadius="sm"
        records={terms.data ?? []}
        fetching={terms.isFetching && !terms.data}
        minHeight={terms.data?.length ? undefined : 160}
        noRecordsText={t('paymentTerms.empty')}
        highlightOnHover
        onRowClick={({ record }) => setEditing({ term: record })}
        customRowAttributes={() => ({ 'data-testid': 'payment-term-row' })}
        columns={[
          { accessor: 'code', title: t('paymentTerms.code'), render: (term) => <code>{term.code}</code> },
          { accessor: 'name', title: t('paymentTerms.name') },
          { accessor: 'days', title: t('paymentTerms.rule'), render: (term) => ruleOf(term, t) },
          {
            accessor: 'active',
            title: t('paymentTerms.active'),
            render: (term) => (
              <Group gap="xs" wrap="nowrap">
                {!term.active && <Badge color="gray">{t('inactive')}</Badge>}
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={(event) => {
                    event.stopPropagation();
                    setActive.mutate({ id: term.id, active: !term.active }, { onError: (e) => notifyError(e) });
                  }}
                >
                  {term.active ? t('paymentTerms.retire') : t('paymentTerms.reactivate')}
                </Button>
              </Group>
            ),
          },
        ]}
      />
      {editing && (
        <PaymentTermModal key={editing.term?.id ?? 'new'} term={editing.term} opened onClose={() => setEditing(null)} />
      )}
    </>
  );
}
