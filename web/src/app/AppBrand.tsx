import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconBuildingFactory2 } from '@tabler/icons-react';

export function AppBrand() {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={28} radius="sm">
        <IconBuildingFactory2 size={17} />
      </ThemeIcon>
      <Text fw={700} size="md" visibleFrom="xs">
        Mini ERP
      </Text>
    </Group>
  );
}
