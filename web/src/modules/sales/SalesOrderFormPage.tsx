import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { todayIn } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { orderInputOf, orderValuesOf } from './order-form-values.ts';
import { SalesOrderForm } from './SalesOrderForm.tsx';
import { type SalesOrder, useCreateSalesOrder, useSalesOrder, useUpdateSalesOrder } from './sales-api.ts';

const editRoute = getRouteApi('/shell/sales-orders/$orderId/edit');

export function NewSalesOrderPage() {
  const { t } = useTranslation('sales');
  const navigate = useNavigate();
  const company = useActiveCompany();
  const create = useCreateSalesOrder();
  return (
    <>
      <PageHeader title={t('orderFormPage.newTitle')} description={t('orderFormPage.newDescription')} />
      <SalesOrderForm
        initial={{ customerId: null, orderDate: todayIn(company.timezone), notes: '', lines: [] }}
        submitLabel={t('orderFormPage.saveDraft')}
        saving={create.isPending}
        onCancel={() => void navigate({ to: '/sales-orders' })}
        onSubmit={(values, form) =>
          create.mutate(orderInputOf(values), {
            onSuccess: (order) => {
              notifySuccess(t('orderFormPage.createdNotice', { number: order.number }));
              form.resetDirty();
              void navigate({ to: '/sales-orders/$orderId', params: { orderId: order.id } });
            },
            onError: (error) => showServerErrors(form, error),
          })
        }
      />
    </>
  );
}

function EditOrderForm({ order }: { order: SalesOrder }) {
  const { t } = useTranslation('sales');
  const navigate = useNavigate();
  const update = useUpdateSalesOrder(order.id);
  const backToOrder = () => void navigate({ to: '/sales-orders/$orderId', params: { orderId: order.id } });
  return (
    <SalesOrderForm
      initial={orderValuesOf(order)}
      submitLabel={t('orderFormPage.saveDraft')}
      saving={update.isPending}
      onCancel={backToOrder}
      onSubmit={(values, form) =>
        update.mutate(orderInputOf(values), {
          onSuccess: (saved) => {
            notifySuccess(t('orderFormPage.savedNotice', { number: saved.number }));
            form.resetDirty();
            backToOrder();
          },
          onError: (error) => showServerErrors(form, error),
        })
      }
    />
  );
}

export function EditSalesOrderPage() {
  const { t } = useTranslation('sales');
  const { orderId } = editRoute.useParams();
  const order = useSalesOrder(orderId);
  const editable = order.data?.allowedActions.includes('edit');
  return (
    <>
      <PageHeader
        title={order.data ? t('orderFormPage.editTitle', { number: order.data.number }) : t('orderFormPage.editOrder')}
        description={order.data?.customerName}
      />
      {order.error && <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />}
      {order.isPending && <LoadingBlock />}
      {order.data && !editable && (
        <ErrorAlert
          title={t('orderFormPage.notEditableTitle')}
          error={new Error(t('orderFormPage.notEditable', { state: t(`orderFormPage.states.${order.data.state}`) }))}
        />
      )}
      {order.data && editable && <EditOrderForm key={order.data.id} order={order.data} />}
    </>
  );
}
