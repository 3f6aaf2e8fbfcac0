import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

interface SearchInputProps {
  label: string;
  placeholder: string;
  value: string | undefined;
  /** Called once typing pauses, with `undefined` for an empty box. */
  onSearch: (value: string | undefined) => void;
  w?: number;
}

/** A search box for a list: it asks the server once the user stops typing. */
export function SearchInput({ label, placeholder, value, onSearch, w = 260 }: SearchInputProps) {
  const [text, setText] = useState(value ?? '');
  const search = useDebouncedCallback((next: string) => onSearch(next.trim() || undefined), 300);
  const change = (next: string) => {
    setText(next);
    search(next);
  };
  return (
    <TextInput
      aria-label={label}
      placeholder={placeholder}
      w={w}
      leftSection={<IconSearch size={15} />}
      rightSection={text && <CloseButton size="sm" aria-label="Clear search" onClick={() => change('')} />}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
    />
  );
}
