import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { formatDay } from '../../../ui/format.ts';

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** An expiry date, red once past and orange within a month. */
export function ExpiryText({ expiryDate, today }: { expiryDate: string | null; today: string }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  if (!expiryDate) return <Text size="sm">—</Text>;
  const days = dayNumber(expiryDate) - dayNumber(today);
  const note =
    days < 0
      ? t('expiry.expired')
      : days === 0
        ? t('expiry.today')
        : days <= 30
          ? t('expiry.inDays', { count: days })
          : null;
  return (
    <Text size="sm" c={days < 0 ? 'red' : days <= 30 ? 'orange' : undefined}>
      {formatDay(expiryDate, company)}
      {note && (
        <Text span size="xs" ml={6}>
          ({note})
        </Text>
      )}
    </Text>
  );
}
