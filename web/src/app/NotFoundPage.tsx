import { Button } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../ui/StatusMessage.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <StatusMessage
      icon={<IconMapQuestion size={28} />}
      title={t('notFound.title')}
      color="gray"
      actions={
        <Button component={Link} to="/" variant="default">
          {t('notFound.toStart')}
        </Button>
      }
    >
      {t('notFound.body')}
    </StatusMessage>
  );
}
