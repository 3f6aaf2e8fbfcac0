import { Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
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
  const { logo } = useChangeLetterhead();
  const [problem, setProblem] = useState<string | null>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setProblem('Choose a PNG or JPEG image');
    if (file.size > LOGO_MAX_BYTES) {
      return setProblem(`The image is ${Math.ceil(file.size / 1024)} kB; the logo may be at most 200 kB`);
    }
    setProblem(null);
    logo.mutate(await readAsDataUrl(file), {
      onSuccess: () => notifySuccess('Logo saved'),
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
            <Image src={letterhead.logo} alt="Company logo" mah={60} maw={160} fit="contain" />
          ) : (
            <Text size="sm" c="dimmed">
              No logo
            </Text>
          )}
        </Paper>
        <Group gap="xs">
          <FileButton onChange={(file) => void upload(file)} accept="image/png,image/jpeg">
            {(props) => (
              <Button variant="default" loading={logo.isPending} {...props}>
                {letterhead.logo ? 'Replace logo' : 'Upload logo'}
              </Button>
            )}
          </FileButton>
          {letterhead.logo && (
            <Button
              variant="subtle"
              color="red"
              disabled={logo.isPending}
              onClick={() => logo.mutate(null, { onSuccess: () => notifySuccess('Logo removed') })}
            >
              Remove
            </Button>
          )}
        </Group>
      </Group>
      <Text size="xs" c={problem ? 'red' : 'dimmed'} role={problem ? 'alert' : undefined}>
        {problem ?? 'PNG or JPEG, at most 200 kB; printed about 4 cm wide.'}
      </Text>
    </Stack>
  );
}
