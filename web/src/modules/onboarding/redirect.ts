/** Only paths inside this app: a login link must not send the user to another site. */
export function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') ? target : '/dashboard';
}
