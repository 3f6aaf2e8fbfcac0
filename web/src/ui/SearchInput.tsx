import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchInputProps {
  label: string;
  placeholder: string;
  value: string | undefined;
  /** Called once typing pauses, with `undefined` for an empty box. */
  onSearch: (value: string | undefined) => void;
  w?: number;
  inputRef?: Ref<HTMLInputElement>;
  /** The key that focuses the box, shown in it while it is empty. */
  shortcut?: string;
}

/** A search box for a list: it asks the server once the user stops typing. */
export function SearchInput({ label, placeholder, value, onSearch, w = 260, inputRef, shortcut }: SearchInputProps) {
  const [text, setText] = useState(value ?? '');
  const typed = useRef(text);
  typed.current = text;
  // The search can also change from outside (a filter chip removed): the box then shows it.
  useEffect(() => {
    if ((typed.current.trim() || undefined) !== value) setText(value ?? '');
  }, [value]);
  const search = useDebouncedCallback((next: string) => onSearch(next.trim() || undefined), 300);
  const change = (next: string) => {
    setText(next);
    search(next);
  };
  const { t } = useTranslation('ui');
  const hint = shortcut ? <Kbd size="xs">{shortcut}</Kbd> : undefined;
  return (
    <TextInput
      ref={inputRef}
      aria-label={label}
      placeholder={placeholder}
      w={w}
      leftSection={<IconSearch size={15} />}
      rightSection={text ? <CloseButton size="sm" aria-label={t('search.clear')} onClick={() => change('')} /> : hint}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
    />
  );
}
