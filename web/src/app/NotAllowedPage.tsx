import { Button, Code } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { Trans, useTranslation } from 'react-i18next';
import { StatusMessage } from '../ui/StatusMessage.tsx';

export function NotAllowedPage({ permission }: { permission: string }) {
  const { t } = useTranslation();
  return (
    <StatusMessage
      icon={<IconLock size={28} />}
      title={t('notAllowed.title')}
      color="red"
      actions={
        <Button component={Link} to="/dashboard" variant="default">
          {t('notAllowed.toDashboard')}
        </Button>
      }
    >
      <Trans i18nKey="notAllowed.body" values={{ permission }} components={{ code: <Code /> }} />
    </StatusMessage>
  );
}
