import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';

interface CancelOrderModalProps {
  opened: boolean;
  number: string;
  /** A confirmed order gives its reserved stock back. */
  releasesStock: boolean;
  cancelling: boolean;
  onCancelOrder: (reason: string | undefined) => void;
  onClose: () => void;
}

export function CancelOrderModal({
  opened,
  number,
  releasesStock,
  cancelling,
  onCancelOrder,
  onClose,
}: CancelOrderModalProps) {
  const { t } = useTranslation('sales');
  return (
    <ReasonDialog
      opened={opened}
      title={t('cancelOrderModal.title', { number })}
      effect={releasesStock ? t('cancelOrderModal.releasesStock') : t('cancelOrderModal.keepsDraft')}
      reasonLabel={t('cancelOrderModal.reason')}
      reasonPlaceholder={t('cancelOrderModal.reasonPlaceholder')}
      keepLabel={t('cancelOrderModal.keep')}
      confirmLabel={t('cancelOrderModal.cancel')}
      busy={cancelling}
      onConfirm={onCancelOrder}
      onClose={onClose}
    />
  );
}
