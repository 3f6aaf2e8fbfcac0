import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { useCan } from '../../app/me.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { type Product, useDeleteProduct, useUpdateProduct } from './catalog-api.ts';

type Asking = 'delete' | 'in-use' | null;

/** Deactivate, reactivate or delete a product; a product already used can only be deactivated. */
export function ProductRecordMenu({ product }: { product: Product }) {
  const navigate = useNavigate();
  const { t } = useTranslation('catalog');
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
          notifySuccess(t(active ? 'productMenu.activeAgain' : 'productMenu.deactivated', { sku: product.sku }));
          setAsking(null);
        },
        onError: (error) => notifyError(error),
      },
    );

  const deleteProduct = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        notifySuccess(t('productMenu.deleted', { sku: product.sku }));
        void navigate({ to: '/products' });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'product_in_use' && canUpdate) {
          setInUseReason(error.message);
          setAsking('in-use');
        } else {
          setAsking(null);
          notifyError(error, t('productMenu.deleteFailed'));
        }
      },
    });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size={36} aria-label={t('productMenu.moreActions')}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {canUpdate &&
            (product.active ? (
              <Menu.Item leftSection={<IconPlayerPause size={15} />} onClick={() => setActive(false)}>
                {t('productMenu.deactivate')}
              </Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconPlayerPlay size={15} />} onClick={() => setActive(true)}>
                {t('productMenu.activate')}
              </Menu.Item>
            ))}
          {canDelete && (
            <Menu.Item color="red" leftSection={<IconTrash size={15} />} onClick={() => setAsking('delete')}>
              {t('productMenu.delete')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={asking === 'delete'}
        title={t('productMenu.deleteTitle')}
        confirmLabel={t('productMenu.deleteConfirm')}
        danger
        loading={remove.isPending}
        onConfirm={deleteProduct}
        onCancel={() => setAsking(null)}
      >
        {t('productMenu.deleteText', { sku: product.sku, name: product.name })}
      </ConfirmDialog>
      <ConfirmDialog
        opened={asking === 'in-use'}
        title={t('productMenu.inUseTitle')}
        confirmLabel={t('productMenu.deactivateInstead')}
        loading={update.isPending}
        onConfirm={() => setActive(false)}
        onCancel={() => setAsking(null)}
      >
        {t('productMenu.inUseText', { reason: inUseReason })}
      </ConfirmDialog>
    </>
  );
}
