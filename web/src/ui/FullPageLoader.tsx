import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FullPageLoader() {
  const { t } = useTranslation('ui');
  return (
    <Center h="100vh">
      <Loader size="sm" aria-label={t('loading.label')} />
    </Center>
  );
}
