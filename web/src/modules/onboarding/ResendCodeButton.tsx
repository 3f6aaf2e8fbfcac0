import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { notifyError, notifySuccess } from '../../ui/notify.ts';

interface ResendCodeButtonProps {
  /** Asks the server for a new code; resolves with the message to show. */
  send: () => Promise<string>;
}

/** "Send a new code", counting down while the server asks the user to wait (429 Retry-After). */
export function ResendCodeButton({ send }: ResendCodeButtonProps) {
  const { t } = useTranslation('onboarding');
  const [waitSeconds, setWaitSeconds] = useState(0);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (waitSeconds <= 0) return;
    const tick = setTimeout(() => setWaitSeconds((s) => s - 1), 1000);
    return () => clearTimeout(tick);
  }, [waitSeconds]);

  const resend = async () => {
    setSending(true);
    try {
      notifySuccess(await send());
    } catch (error) {
      if (error instanceof ApiError && error.retryAfterSeconds) setWaitSeconds(error.retryAfterSeconds);
      notifyError(error, t('resend.failed'));
    } finally {
      setSending(false);
    }
  };

  return (
    <Button variant="subtle" size="compact-sm" onClick={resend} loading={sending} disabled={waitSeconds > 0}>
      {waitSeconds > 0 ? t('resend.wait', { seconds: waitSeconds }) : t('resend.send')}
    </Button>
  );
}
