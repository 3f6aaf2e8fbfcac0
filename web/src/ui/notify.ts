import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/errors.ts';
import { i18n } from '../i18n/i18n.ts';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message });
}

export function notifyError(error: unknown, title = i18n.t('ui:notify.failed')): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });
}
