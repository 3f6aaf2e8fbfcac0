import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { formatQuantity } from '../../ui/format.ts';
import type { CardFigures } from './dashboard-api.ts';

/** Products under their reorder point, each a link to the product. */
export function LowStockCard({ lowStock }: { lowStock: CardFigures<'lowStock'> }) {
  const { t } = useTranslation('dashboard');
  const company = useActiveCompany();
  return (
    <Paper withBorder p="md" data-testid="low-stock-card">
      <Group justify="space-between" mb={8}>
        <Group gap={6}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4}>
            {t('lowStock.title')}
          </Text>
          {lowStock.count > 0 && (
            <Badge size="sm" color="red" variant="light" data-testid="low-stock-count">
              {lowStock.count}
            </Badge>
          )}
        </Group>
        <AnchorLink to="/low-stock" size="xs">
          {t('lowStock.all')}
        </AnchorLink>
      </Group>
      {lowStock.count === 0 ? (
        <Group gap={6} c="teal">
          <IconCircleCheck size={16} />
          <Text size="sm">{t('lowStock.none')}</Text>
        </Group>
      ) : (
        <Stack gap={4}>
          {lowStock.items.map((item) => (
            <Group key={item.productId} justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm" lineClamp={1}>
                <AnchorLink to="/products/$productId" params={{ productId: item.productId }} ff="monospace" fw={600}>
                  {item.sku}
                </AnchorLink>{' '}
                {item.name}
              </Text>
              <Text size="sm" c="red" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {formatQuantity(item.available, company)}
                <Text span size="xs" c="dimmed" fw={400}>
                  {' '}
                  / {formatQuantity(item.reorderPoint, company)}
                </Text>
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
