import { ActionIcon, Button, Group, Popover, TextInput, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/me.ts';
import { useCategories, useCreateCategory } from '../../modules/catalog/index.ts';
import { notifyError } from '../notify.ts';
import { type PickerProps, RecordSelect } from './RecordSelect.tsx';

/** Pick a product category, or add a new one on the spot. */
export function CategorySelect(props: PickerProps) {
  const { t } = useTranslation('ui');
  const categories = useCategories();
  const create = useCreateCategory();
  const canManage = useCan('catalog.category.manage');
  const [opened, { close, toggle }] = useDisclosure();
  const [name, setName] = useState('');

  const add = () =>
    create.mutate(name.trim(), {
      onSuccess: (category) => {
        props.onChange(category.id);
        setName('');
        close();
      },
      onError: (error) => notifyError(error, t('pickers.addCategoryFailed')),
    });

  return (
    <Group gap={6} align="flex-end" wrap="nowrap">
      <RecordSelect
        label={t('pickers.category')}
        placeholder={t('pickers.noCategory')}
        clearable
        records={categories.data}
        labelOf={(c) => c.name}
        loading={categories.isFetching}
        nothingFound={t('pickers.noCategoryMatches')}
        flex={1}
        {...props}
      />
      {canManage && (
        <Popover opened={opened} onChange={toggle} position="bottom-end" withArrow trapFocus>
          <Popover.Target>
            <Tooltip label={t('pickers.newCategory')}>
              <ActionIcon variant="default" size={36} onClick={toggle} aria-label={t('pickers.newCategory')}>
                <IconPlus size={16} />
              </ActionIcon>
            </Tooltip>
          </Popover.Target>
          <Popover.Dropdown>
            <Group gap={6} align="flex-end">
              <TextInput
                label={t('pickers.newCategory')}
                placeholder={t('pickers.categoryExample')}
                size="xs"
                maxLength={100}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    if (name.trim()) add();
                  }
                }}
              />
              <Button size="xs" loading={create.isPending} disabled={!name.trim()} onClick={add}>
                {t('pickers.add')}
              </Button>
            </Group>
          </Popover.Dropdown>
        </Popover>
      )}
    </Group>
  );
}
