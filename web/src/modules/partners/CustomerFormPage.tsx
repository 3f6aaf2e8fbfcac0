import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { type CustomerFormValues, CustomerFormView, customerValuesOf, newCustomerValues } from './CustomerForm.tsx';
import {
  type Customer,
  type CustomerChange,
  type NewCustomer,
  useCreateCustomer,
  useCustomer,
  useUpdateCustomer,
} from './customers-api.ts';

const editRoute = getRouteApi('/shell/customers/$customerId/edit');

const optional = (value: string) => value.trim() || null;

function customerOf(values: CustomerFormValues): NewCustomer {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    type: values.type,
    email: optional(values.email),
    phone: optional(values.phone),
    addressLine: optional(values.addressLine),
    city: optional(values.city),
    postalCode: optional(values.postalCode),
    country: optional(values.country),
    taxId: optional(values.taxId),
    paymentTermsDays: Number(values.paymentTermsDays) || 0,
    paymentTermId: values.paymentTermId || null,
    creditLimit: optional(values.creditLimit),
    notes: optional(values.notes),
  };
}

/** Only what changed goes to the server. */
function customerChangeOf(saved: CustomerFormValues, values: CustomerFormValues): CustomerChange {
  const edited = customerOf(values);
  const before = customerOf(saved);
  return Object.fromEntries(
    Object.entries(edited).filter(([key, value]) => value !== before[key as keyof NewCustomer]),
  ) as CustomerChange;
}

export function NewCustomerPage() {
  const navigate = useNavigate();
  const create = useCreateCustomer();
  const { t } = useTranslation('partners');
  return (
    <>
      <PageHeader title={t('customerForm.newTitle')} description={t('customerForm.newDescription')} />
      <CustomerFormView
        initial={newCustomerValues}
        submitLabel={t('customerForm.create')}
        saving={create.isPending}
        onCancel={() => void navigate({ to: '/customers' })}
        onSubmit={(values, form) =>
          create.mutate(customerOf(values), {
            onSuccess: (customer) => {
              notifySuccess(t('customerForm.created', { name: customer.name }));
              form.resetDirty();
              void navigate({ to: '/customers/$customerId', params: { customerId: customer.id } });
            },
            onError: (error) => showServerErrors(form, error),
          })
        }
      />
    </>
  );
}

function EditCustomerForm({ customer }: { customer: Customer }) {
  const navigate = useNavigate();
  const update = useUpdateCustomer(customer.id);
  const { t } = useTranslation('partners');
  const saved = customerValuesOf(customer);
  const backToCustomer = () => void navigate({ to: '/customers/$customerId', params: { customerId: customer.id } });
  return (
    <CustomerFormView
      initial={saved}
      submitLabel={t('customerForm.save')}
      saving={update.isPending}
      onCancel={backToCustomer}
      onSubmit={(values, form) =>
        update.mutate(customerChangeOf(saved, values), {
          onSuccess: (next) => {
            notifySuccess(t('customerForm.saved', { name: next.name }));
            form.resetDirty();
            backToCustomer();
          },
          onError: (error) => showServerErrors(form, error),
        })
      }
    />
  );
}

export function EditCustomerPage() {
  const { customerId } = editRoute.useParams();
  const customer = useCustomer(customerId);
  const { t } = useTranslation('partners');
  return (
    <>
      <PageHeader
        title={
          customer.data ? t('customerForm.editTitle', { name: customer.data.name }) : t('customerForm.editCustomer')
        }
        description={customer.data?.code}
      />
      {customer.error && <ErrorAlert error={customer.error} onRetry={() => void customer.refetch()} />}
      {customer.isPending && <LoadingBlock />}
      {customer.data && <EditCustomerForm key={customer.data.id} customer={customer.data} />}
    </>
  );
}
