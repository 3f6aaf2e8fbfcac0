import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Modal,
  Popover,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconBookmark, IconChevronDown, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { notifyError, notifySuccess } from '../notify.ts';
import type { ListSearch } from './list-filters.ts';
import { type SavedFilter, useDeleteSavedFilter, useSavedFilters, useSaveFilter } from './saved-filters-api.ts';

interface SavedFiltersMenuProps {
  listId: string;
  /** The list's search parameters now: what "Save current filter…" keeps. */
  search: ListSearch;
  /** Opens the list with a saved filter's parameters instead of the current ones. */
  onChoose: (filters: ListSearch) => void;
}

/** "Saved filters": my named filters of this list, to open again, save the current one or delete one. */
export function SavedFiltersMenu({ listId, search, onChoose }: SavedFiltersMenuProps) {
  const { t } = useTranslation('ui');
  const [opened, setOpened] = useState(false);
  const [naming, setNaming] = useState(false);
  const saved = useSavedFilters(listId);
  const remove = useDeleteSavedFilter(listId);
  const choose = (filter: SavedFilter) => {
    setOpened(false);
    onChoose(filter.filters);
  };
  return (
    <>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" width={260}>
        <Popover.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={16} />}
            rightSection={<IconChevronDown size={14} />}
            onClick={() => setOpened((o) => !o)}
          >
            {t('savedFilters.menu')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown p="xs" data-testid="saved-filters">
          <Button
            variant="subtle"
            size="compact-sm"
            fullWidth
            justify="flex-start"
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={() => {
              setOpened(false);
              setNaming(true);
            }}
          >
            {t('savedFilters.saveCurrent')}
          </Button>
          <Divider my={6} />
          {saved.data?.length === 0 && (
            <Text size="xs" c="dimmed" px="xs">
              {t('savedFilters.none')}
            </Text>
          )}
          {saved.error && (
            <Text size="xs" c="red" px="xs">
              {errorMessage(saved.error)}
            </Text>
          )}
          <Stack gap={2}>
            {saved.data?.map((filter) => (
              <Group key={filter.id} gap={4} wrap="nowrap" justify="space-between">
                <UnstyledButton px="xs" py={4} style={{ flex: 1 }} onClick={() => choose(filter)}>
                  <Text size="sm" truncate>
                    {filter.name}
                  </Text>
                </UnstyledButton>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  aria-label={t('savedFilters.delete', { name: filter.name })}
                  loading={remove.isPending && remove.variables === filter.id}
                  onClick={() =>
                    remove.mutate(filter.id, { onError: (e) => notifyError(e, t('savedFilters.deleteFailed')) })
                  }
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <SaveFilterModal listId={listId} search={search} opened={naming} onClose={() => setNaming(false)} />
    </>
  );
}

interface SaveFilterModalProps {
  listId: string;
  search: ListSearch;
  opened: boolean;
  onClose: () => void;
}

function SaveFilterModal({ listId, search, opened, onClose }: SaveFilterModalProps) {
  const { t } = useTranslation('ui');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const save = useSaveFilter(listId);
  const close = () => {
    setName('');
    setError(undefined);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { name, filters: search as SavedFilter['filters'] },
      {
        onSuccess: (saved) => {
          notifySuccess(t('savedFilters.saved', { name: saved.name }));
          close();
        },
        onError: (e) => {
          const onName = e instanceof ApiError ? e.fields.find((f) => f.path === 'name') : undefined;
          if (onName) setError(onName.message);
          else notifyError(e, t('savedFilters.saveFailed'));
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={close} title={t('savedFilters.modalTitle')} centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label={t('savedFilters.name')}
            placeholder={t('savedFilters.namePlaceholder')}
            data-autofocus
            required
            maxLength={80}
            value={name}
            error={error}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setError(undefined);
            }}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={name.trim() === ''}>
              {t('savedFilters.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
