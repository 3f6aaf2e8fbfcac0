import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/errors.ts';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message });
}

export function notifyError(error: unknown, title = 'That did not work'): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });
}
