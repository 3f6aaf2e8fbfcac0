import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A small spinner in place of a block that is still loading. */
export function LoadingBlock() {
  const { t } = useTranslation('ui');
  return (
    <Center py="xl">
      <Loader size="sm" aria-label={t('loading.label')} />
    </Center>
  );
}
