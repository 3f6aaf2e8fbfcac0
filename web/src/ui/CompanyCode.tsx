import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface CompanyCodeProps {
  code: string;
  size?: 'md' | 'xl';
}

/** The 6-character code employees join with, easy to read aloud and to copy. */
export function CompanyCode({ code, size = 'md' }: CompanyCodeProps) {
  const { t } = useTranslation('ui');
  return (
    <Group gap={6} wrap="nowrap">
      <Text
        ff="monospace"
        fw={700}
        fz={size === 'xl' ? 28 : 'md'}
        lts={size === 'xl' ? 6 : 2}
        data-testid="company-code"
      >
        {code}
      </Text>
      <CopyButton value={code} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('actions.copied') : t('actions.copy')} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={t('companyCode.copy')}
            >
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
