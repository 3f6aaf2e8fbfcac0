import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';

interface CancelCountModalProps {
  opened: boolean;
  number: string;
  cancelling: boolean;
  onCancelCount: (reason: string | undefined) => void;
  onClose: () => void;
}

export function CancelCountModal({ opened, number, cancelling, onCancelCount, onClose }: CancelCountModalProps) {
  const { t } = useTranslation('stock-counts');
  return (
    <ReasonDialog
      opened={opened}
      title={t('cancelCount.title', { number })}
      effect={t('cancelCount.body')}
      reasonLabel={t('cancelCount.reason')}
      reasonPlaceholder={t('cancelCount.reasonPlaceholder')}
      keepLabel={t('cancelCount.keep')}
      confirmLabel={t('cancelCount.confirm')}
      busy={cancelling}
      onConfirm={onCancelCount}
      onClose={onClose}
    />
  );
}
