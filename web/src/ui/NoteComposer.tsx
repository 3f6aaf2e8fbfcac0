import { Button, FileButton, Group, Paper, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { IconMessagePlus, IconPaperclip } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChatterMember, type ChatterRecordRef, useAddNote, useMentionable, useUpload } from './chatter-api.ts';
import { notifyError, notifySuccess } from './notify.ts';

/** The word being typed after an `@` just before the caret, or null when none is. */
function mentionQuery(text: string, caret: number): string | null {
  const match = /(?:^|\s)@([\p{L}\p{N}_.-]*)$/u.exec(text.slice(0, caret));
  return match ? match[1]! : null;
}

/** A note box with @mention suggestions of the members who can see the record, and the attach button. */
export function NoteComposer({ record }: { record: ChatterRecordRef }) {
  const { t } = useTranslation('ui');
  const [body, setBody] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [picked, setPicked] = useState<ChatterMember[]>([]);
  const input = useRef<HTMLTextAreaElement>(null);
  const members = useMentionable(record, query);
  const addNote = useAddNote(record);
  const upload = useUpload(record);

  const typed = (text: string, caret: number) => {
    setBody(text);
    setQuery(mentionQuery(text, caret));
  };

  const mention = (member: ChatterMember) => {
    const caret = input.current?.selectionStart ?? body.length;
    const before = body.slice(0, caret).replace(/@[\p{L}\p{N}_.-]*$/u, `@${member.name} `);
    setBody(before + body.slice(caret));
    setPicked((all) => (all.some((m) => m.id === member.id) ? all : [...all, member]));
    setQuery(null);
    input.current?.focus();
  };

  const send = () => {
    // A mention whose name was deleted from the text again is no mention.
    const mentions = picked.filter((m) => body.includes(`@${m.name}`)).map((m) => m.id);
    addNote.mutate(
      { body: body.trim(), mentions },
      {
        onSuccess: () => {
          setBody('');
          setPicked([]);
        },
        onError: (error) => notifyError(error, t('chatter.noteFailed')),
      },
    );
  };

  const attach = (file: File | null) => {
    if (!file) return;
    upload.mutate(file, {
      onSuccess: () => notifySuccess(t('chatter.attached', { file: file.name })),
      onError: (error) => notifyError(error, t('chatter.attachFailed', { file: file.name })),
    });
  };

  const suggestions = query === null ? [] : (members.data?.items ?? []);
  return (
    <Stack gap="xs">
      <Textarea
        ref={input}
        aria-label={t('chatter.note')}
        placeholder={t('chatter.notePlaceholder')}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={5000}
        value={body}
        onChange={(e) => typed(e.currentTarget.value, e.currentTarget.selectionStart)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery(null);
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && body.trim()) send();
        }}
        data-testid="note-input"
      />
      {suggestions.length > 0 && (
        <Paper withBorder shadow="sm" p={4} role="listbox" aria-label={t('chatter.mention')}>
          {suggestions.map((member) => (
            <UnstyledButton
              key={member.id}
              role="option"
              display="block"
              w="100%"
              px="sm"
              py={4}
              onClick={() => mention(member)}
              data-testid="mention-option"
            >
              <Text size="sm">{member.name}</Text>
            </UnstyledButton>
          ))}
        </Paper>
      )}
      <Group justify="space-between">
        <FileButton onChange={attach} accept="image/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.csv,.txt">
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="xs"
              leftSection={<IconPaperclip size={14} />}
              loading={upload.isPending}
            >
              {t('chatter.attach')}
            </Button>
          )}
        </FileButton>
        <Button
          size="xs"
          leftSection={<IconMessagePlus size={14} />}
          disabled={!body.trim()}
          loading={addNote.isPending}
          onClick={send}
        >
          {t('chatter.post')}
        </Button>
      </Group>
    </Stack>
  );
}
