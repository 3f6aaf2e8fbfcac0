import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import {
  type NewProduct,
  type Product,
  type ProductChange,
  useCreateProduct,
  useProduct,
  useUpdateProduct,
} from './catalog-api.ts';
import { newProductValues, type ProductFormValues, ProductFormView, productValuesOf } from './ProductForm.tsx';

const editRoute = getRouteApi('/shell/products/$productId/edit');

const filled = (value: string) => value.trim() || undefined;
const amount = (value: string) => value.trim() || '0';

function newProductOf(values: ProductFormValues): NewProduct {
  const opening = values.openingStock;
  return {
    sku: values.sku.trim(),
    name: values.name.trim(),
    description: filled(values.description),
    type: values.type,
    categoryId: values.categoryId,
    unitOfMeasure: values.unitOfMeasure,
    barcode: filled(values.barcode),
    salePrice: amount(values.salePrice),
    standardCost: amount(values.standardCost),
    costingMethod: values.costingMethod,
    tracking: values.tracking,
    reorderPoint: amount(values.reorderPoint),
    reorderQuantity: amount(values.reorderQuantity),
    openingStock:
      values.type !== 'service' && filled(opening.quantity)
        ? { quantity: opening.quantity.trim(), unitCost: filled(opening.unitCost) }
        : undefined,
  };
}

/** Only what changed goes to the server; emptied text fields are cleared. */
function productChangeOf(saved: ProductFormValues, values: ProductFormValues): ProductChange {
  const { openingStock: _opening, ...edited } = newProductOf(values);
  const { openingStock: _saved, ...before } = newProductOf(saved);
  const change: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edited) as [keyof typeof edited, unknown][]) {
    if (value !== before[key]) change[key] = value ?? null;
  }
  return change as ProductChange;
}

export function NewProductPage() {
  const navigate = useNavigate();
  const create = useCreateProduct();
  const { t } = useTranslation('catalog');
  return (
    <>
      <PageHeader title={t('productForm.newTitle')} description={t('productForm.newDescription')} />
      <ProductFormView
        initial={newProductValues}
        withOpeningStock
        submitLabel={t('productForm.create')}
        saving={create.isPending}
        onCancel={() => void navigate({ to: '/products' })}
        onSubmit={(values, form) =>
          create.mutate(newProductOf(values), {
            onSuccess: (product) => {
              notifySuccess(t('productForm.created', { sku: product.sku }));
              form.resetDirty();
              void navigate({ to: '/products/$productId', params: { productId: product.id } });
            },
            onError: (error) => showServerErrors(form, error),
          })
        }
      />
    </>
  );
}

function EditProductForm({ product }: { product: Product }) {
  const navigate = useNavigate();
  const update = useUpdateProduct(product.id);
  const { t } = useTranslation('catalog');
  const saved = productValuesOf(product);
  const backToProduct = () => void navigate({ to: '/products/$productId', params: { productId: product.id } });
  return (
    <ProductFormView
      initial={saved}
      withOpeningStock={false}
      submitLabel={t('productForm.save')}
      saving={update.isPending}
      onCancel={backToProduct}
      onSubmit={(values, form) =>
        update.mutate(productChangeOf(saved, values), {
          onSuccess: (next) => {
            notifySuccess(t('productForm.saved', { sku: next.sku }));
            form.resetDirty();
            backToProduct();
          },
          onError: (error) => showServerErrors(form, error),
        })
      }
    />
  );
}

export function EditProductPage() {
  const { productId } = editRoute.useParams();
  const product = useProduct(productId);
  const { t } = useTranslation('catalog');
  return (
    <>
      <PageHeader
        title={product.data ? t('productForm.editTitle', { sku: product.data.sku }) : t('productForm.editProduct')}
        description={product.data?.name}
      />
      {product.error && <ErrorAlert error={product.error} onRetry={() => void product.refetch()} />}
      {product.isPending && <LoadingBlock />}
      {product.data && <EditProductForm key={product.data.id} product={product.data} />}
    </>
  );
}
