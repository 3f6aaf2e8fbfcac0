import { getRouteApi, useNavigate } from '@tanstack/react-router';
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
  const navigate = useNavigate();
  const company = useActiveCompany();
  const create = useCreateSalesOrder();
  return (
    <>
      <PageHeader title="New sales order" description="Saved as a draft; confirming it reserves the stock." />
      <SalesOrderForm
        initial={{ customerId: null, orderDate: todayIn(company.timezone), notes: '', lines: [] }}
        submitLabel="Save draft"
        saving={create.isPending}
        onCancel={() => void navigate({ to: '/sales-orders' })}
        onSubmit={(values, form) =>
          create.mutate(orderInputOf(values), {
            onSuccess: (order) => {
              notifySuccess(`Sales order ${order.number} saved as a draft`);
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
  const navigate = useNavigate();
  const update = useUpdateSalesOrder(order.id);
  const backToOrder = () => void navigate({ to: '/sales-orders/$orderId', params: { orderId: order.id } });
  return (
    <SalesOrderForm
      initial={orderValuesOf(order)}
      submitLabel="Save draft"
      saving={update.isPending}
      onCancel={backToOrder}
      onSubmit={(values, form) =>
        update.mutate(orderInputOf(values), {
          onSuccess: (saved) => {
            notifySuccess(`Sales order ${saved.number} saved`);
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
  const { orderId } = editRoute.useParams();
  const order = useSalesOrder(orderId);
  const editable = order.data?.allowedActions.includes('edit');
  return (
    <>
      <PageHeader
        title={order.data ? `Edit ${order.data.number}` : 'Edit sales order'}
        description={order.data?.customerName}
      />
      {order.error && <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />}
      {order.isPending && <LoadingBlock />}
      {order.data && !editable && (
        <ErrorAlert
          title="This order cannot be changed"
          error={new Error(`Only draft orders can be changed; this order is ${order.data.state}.`)}
        />
      )}
      {order.data && editable && <EditOrderForm key={order.data.id} order={order.data} />}
    </>
  );
}
