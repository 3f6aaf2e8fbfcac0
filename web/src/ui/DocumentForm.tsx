import { Paper, Stack, Textarea, type TextareaProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { SaveShortcut } from './SaveShortcut.tsx';
import { UnsavedChangesGuard } from './UnsavedChangesGuard.tsx';

/**
 * The frame of a document's form: its header fields in a box, then what the page puts below
 * (lines, totals, the buttons). Ctrl+S saves it, and leaving it changed asks first.
 */
export function DocumentForm({
  form,
  onSubmit,
  header,
  children,
}: {
  form: { isDirty(): boolean };
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  header: ReactNode;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <UnsavedChangesGuard form={form} />
      <SaveShortcut />
      <Stack gap="md">
        <Paper withBorder p="md">
          {header}
        </Paper>
        {children}
      </Stack>
    </form>
  );
}

/** A document's free-text notes in its header: one line that grows to four as it is typed. */
export function DocumentNotesField(props: Omit<TextareaProps, 'autosize' | 'minRows' | 'maxRows'>) {
  return <Textarea autosize minRows={1} maxRows={4} {...props} />;
}
