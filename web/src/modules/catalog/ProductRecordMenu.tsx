import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import { useCan } from '../../app/me.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { type Product, useDeleteProduct, useUpdateProduct } from './catalog-api.ts';

type Asking = 'delete' | 'in-use' | null;

/** Deactivate, reactivate or delete a product; a product already used can only be deactivated. */
export function ProductRecordMenu({ product }: { product: Product }) {
  const navigate = useNavigate();
  const canUpdate = useCan('catalog.product.update');
  const canDelete = useCan('catalog.product.delete');
  const update = useUpdateProduct(product.id);
  const remove = useDeleteProduct(product.id);
  const [asking, setAsking] = useState<Asking>(null);
  const [inUseReason, setInUseReason] = useState('');
  if (!canUpdate && !canDelete) return null;

  const setActive = (active: boolean) =>
    update.mutate(
      { active },
      {
        onSuccess: () => {
          notifySuccess(`${product.sku} ${active ? 'is active again' : 'deactivated'}`);
          setAsking(null);
        },
        onError: (error) => notifyError(error),
      },
    );

  const deleteProduct = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        notifySuccess(`${product.sku} deleted`);
        void navigate({ to: '/products' });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'product_in_use' && canUpdate) {
          setInUseReason(error.message);
          setAsking('in-use');
        } else {
          setAsking(null);
          notifyError(error, 'Could not delete the product');
        }
      },
    });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size={36} aria-label="More actions">
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {canUpdate &&
            (product.active ? (
              <Menu.Item leftSection={<IconPlayerPause size={15} />} onClick={() => setActive(false)}>
                Deactivate
              </Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconPlayerPlay size={15} />} onClick={() => setActive(true)}>
                Activate
              </Menu.Item>
            ))}
          {canDelete && (
            <Menu.Item color="red" leftSection={<IconTrash size={15} />} onClick={() => setAsking('delete')}>
              Delete
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={asking === 'delete'}
        title="Delete product"
        confirmLabel="Delete product"
        danger
        loading={remove.isPending}
        onConfirm={deleteProduct}
        onCancel={() => setAsking(null)}
      >
        {product.sku} · {product.name} will be removed for good. Only products that were never used can be deleted.
      </ConfirmDialog>
      <ConfirmDialog
        opened={asking === 'in-use'}
        title="This product is in use"
        confirmLabel="Deactivate instead"
        loading={update.isPending}
        onConfirm={() => setActive(false)}
        onCancel={() => setAsking(null)}
      >
        {inUseReason}. A deactivated product keeps its history but cannot be put on new orders.
      </ConfirmDialog>
    </>
  );
}
