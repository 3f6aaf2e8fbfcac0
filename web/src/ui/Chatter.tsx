import { Badge, Button, Group, Image, Modal, Stack, Text, Timeline } from '@mantine/core';
import {
  IconBell,
  IconBellOff,
  IconDownload,
  IconEye,
  IconFile,
  IconMail,
  IconMessage,
  IconPointFilled,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Fragment, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../app/me.ts';
import { actionSummary, codeLabel, type UiWords } from './audit-changes.tsx';
import {
  attachmentUrl,
  type ChatterRecordRef,
  downloadAttachment,
  type TimelineItem,
  useFollow,
  useTimeline,
} from './chatter-api.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { formatDateTime } from './format.ts';
import { LoadingBlock } from './LoadingBlock.tsx';
import { NoteComposer } from './NoteComposer.tsx';
import { notifyError } from './notify.ts';
import { Panel } from './Panel.tsx';

type Note = Extract<TimelineItem, { kind: 'note' }>;
type Attachment = Extract<TimelineItem, { kind: 'attachment' }>;

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The note's text with each @mention of a member set off. */
function NoteBody({ note }: { note: Note }) {
  const names = note.mentions.map((m) => `@${m.name}`).filter((n) => n.length > 1);
  if (names.length === 0) return <>{note.body}</>;
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Each part keyed by where it starts in the text: stable, and unique even when a word repeats.
  let offset = 0;
  const parts = note.body
    .split(new RegExp(`(${escaped.join('|')})`, 'g'))
    .map((text) => {
      const part = { text, at: offset };
      offset += text.length;
      return part;
    })
    .filter((part) => part.text !== '');
  return (
    <>
      {parts.map(({ text, at }) =>
        names.includes(text) ? (
          <Text key={at} span c="blue" fw={600} inherit>
            {text}
          </Text>
        ) : (
          <Fragment key={at}>{text}</Fragment>
        ),
      )}
    </>
  );
}

function AttachmentActions({
  record,
  file,
  onPreview,
}: {
  record: ChatterRecordRef;
  file: Attachment;
  onPreview: () => void;
}) {
  const { t } = useTranslation('ui');
  const download = useMutation({
    mutationFn: () => downloadAttachment(record, file),
    onError: (error) => notifyError(error, t('chatter.downloadFailed')),
  });
  return (
    <Group gap={6} mt={4}>
      {file.previewable && (
        <Button size="compact-xs" variant="light" leftSection={<IconEye size={12} />} onClick={onPreview}>
          {t('chatter.preview')}
        </Button>
      )}
      <Button
        size="compact-xs"
        variant="default"
        leftSection={<IconDownload size={12} />}
        loading={download.isPending}
        onClick={() => download.mutate()}
      >
        {t('chatter.download')}
      </Button>
    </Group>
  );
}

/** An image in a dialog; a PDF in a new tab, where the browser's own viewer shows it. */
function ImagePreview({ record, file, onClose }: { record: ChatterRecordRef; file: Attachment; onClose: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let made: string | null = null;
    attachmentUrl(record, file.id).then((u) => {
      made = u;
      setUrl(u);
    }, setError);
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [record, file.id]);
  return (
    <Modal opened onClose={onClose} title={file.fileName} size="xl" centered>
      {error !== null && <ErrorAlert error={error} />}
      {url ? <Image src={url} alt={file.fileName} fit="contain" mah="75vh" data-testid="attachment-preview" /> : null}
      {url === null && error === null && <LoadingBlock />}
    </Modal>
  );
}

async function openPdf(record: ChatterRecordRef, file: Attachment, t: UiWords) {
  const tab = window.open('', '_blank');
  try {
    const url = await attachmentUrl(record, file.id);
    if (tab) tab.location.href = url;
    else window.location.assign(url);
  } catch (error) {
    tab?.close();
    notifyError(error, t('chatter.openFailed'));
  }
}

function itemContent(
  item: TimelineItem,
  actions: (file: Attachment) => ReactNode,
  t: UiWords,
): { icon: ReactNode; body: ReactNode } {
  switch (item.kind) {
    case 'note':
      return {
        icon: <IconMessage size={11} />,
        body: (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="chatter-note">
            <NoteBody note={item} />
          </Text>
        ),
      };
    case 'attachment':
      return {
        icon: <IconFile size={11} />,
        body: (
          <>
            <Text size="sm" data-testid="chatter-attachment">
              {item.fileName}{' '}
              <Text span size="xs" c="dimmed">
                {fileSize(item.sizeBytes)}
              </Text>
            </Text>
            {actions(item)}
          </>
        ),
      };
    case 'email':
      return {
        icon: <IconMail size={11} />,
        body: (
          <Text size="sm" data-testid="chatter-email">
            {t('chatter.emailed', { subject: item.subject, to: item.to })}
          </Text>
        ),
      };
    case 'change':
      return {
        icon: <IconPointFilled size={11} />,
        body: (
          <Group gap={6}>
            <Text size="sm">{actionSummary(item.action, item.summary, t)}</Text>
            {item.stateTo && (
              <Badge size="xs" variant="light">
                {item.stateFrom ? `${codeLabel(item.stateFrom, t)} → ` : ''}
                {codeLabel(item.stateTo, t)}
              </Badge>
            )}
          </Group>
        ),
      };
  }
}

/**
 * A record's chatter: notes with @mentions, attachments with preview and download, following,
 * and one timeline with its changes and the emails sent, newest first. Any record type the API
 * lists under `/api/chatter` can carry it.
 */
export function Chatter({
  kinds,
  title,
  composer = true,
  ...record
}: ChatterRecordRef & {
  /** Only these kinds of timeline items: a document's Notes tab shows notes and emails, its History tab changes. */
  kinds?: TimelineItem['kind'][];
  title?: string;
  composer?: boolean;
}) {
  const { t } = useTranslation('ui');
  const company = useActiveCompany();
  const timeline = useTimeline(record);
  const follow = useFollow(record);
  const [previewing, setPreviewing] = useState<Attachment | null>(null);
  const following = timeline.data?.following ?? false;
  const items = timeline.data?.items.filter((item) => !kinds || kinds.includes(item.kind)) ?? [];
  const preview = (file: Attachment) =>
    file.contentType === 'application/pdf' ? void openPdf(record, file, t) : setPreviewing(file);

  const followButton = timeline.data && (
    <Button
      size="compact-sm"
      variant={following ? 'light' : 'default'}
      leftSection={following ? <IconBellOff size={14} /> : <IconBell size={14} />}
      loading={follow.isPending}
      onClick={() => follow.mutate(!following, { onError: (error) => notifyError(error) })}
      title={t('chatter.followers', {
        count: timeline.data.followers.length,
        names: timeline.data.followers.map((f) => f.name).join(', '),
      })}
    >
      {t(following ? 'chatter.unfollow' : 'chatter.follow')}
    </Button>
  );

  return (
    <Panel title={title ?? t('chatter.activity')} actions={followButton} testId="chatter">
      <Stack gap="md">
        {composer && <NoteComposer record={record} />}
        {timeline.error && <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />}
        {timeline.isPending && <LoadingBlock />}
        {items.length > 0 && (
          <Timeline bulletSize={20} lineWidth={2}>
            {items.map((item) => {
              const { icon, body } = itemContent(
                item,
                (file) => <AttachmentActions record={record} file={file} onPreview={() => preview(file)} />,
                t,
              );
              return (
                <Timeline.Item key={item.id} bullet={icon} data-testid="chatter-item" data-kind={item.kind}>
                  {body}
                  <Text size="xs" c="dimmed">
                    {item.by?.name ?? t('chatter.system')} · {formatDateTime(item.at, company)}
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </Stack>
      {previewing && <ImagePreview record={record} file={previewing} onClose={() => setPreviewing(null)} />}
    </Panel>
  );
}
