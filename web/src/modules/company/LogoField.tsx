import { Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { type Letterhead, useChangeLetterhead } from './company-api.ts';

/** The server's limit, checked here first so a large file is refused before it is sent. */
const LOGO_MAX_BYTES = 200 * 1024;

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** The logo printed at the top of invoices and statements: PNG or JPEG, at most 200 kB. */
export function LogoField({ letterhead }: { letterhead: Letterhead }) {
  const { t } = useTranslation('company');
  const { logo } = useChangeLetterhead();
  const [problem, setProblem] = useState<string | null>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setProblem(t('logo.wrongType'));
    if (file.size > LOGO_MAX_BYTES) {
      return setProblem(t('logo.tooLarge', { size: Math.ceil(file.size / 1024) }));
    }
    setProblem(null);
    logo.mutate(await readAsDataUrl(file), {
      onSuccess: () => notifySuccess(t('logo.saved')),
      onError: (error) => notifyError(error),
    });
  };

  return (
    <Stack gap="xs">
      <Group align="center" gap="md">
        <Paper
          withBorder
          p="xs"
          w={180}
          h={80}
          display="flex"
          style={{ alignItems: 'center', justifyContent: 'center' }}
        >
          {letterhead.logo ? (
            <Image src={letterhead.logo} alt={t('logo.alt')} mah={60} maw={160} fit="contain" />
          ) : (
            <Text size="sm" c="dimmed">
              {t('logo.none')}
            </Text>
          )}
        </Paper>
        <Group gap="xs">
          <FileButton onChange={(file) => void upload(file)} accept="image/png,image/jpeg">
            {(props) => (
              <Button variant="default" loading={logo.isPending} {...props}>
                {letterhead.logo ? t('logo.replace') : t('logo.upload')}
              </Button>
            )}
          </FileButton>
          {letterhead.logo && (
            <Button
              variant="subtle"
              color="red"
              disabled={logo.isPending}
              onClick={() => logo.mutate(null, { onSuccess: () => notifySuccess(t('logo.removed')) })}
            >
              {t('logo.remove')}
            </Button>
          )}
        </Group>
      </Group>
      <Text size="xs" c={problem ? 'red' : 'dimmed'} role={problem ? 'alert' : undefined}>
        {problem ?? t('logo.hint')}
      </Text>
    </Stack>
  );
}
