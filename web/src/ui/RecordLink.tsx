import { Text } from '@mantine/core';
import type { Schemas } from '../api/client.ts';
import { AnchorLink } from './AnchorLink.tsx';
import { namedKinds, recordPage } from './record-pages.ts';

export type RecordReference = Schemas['AuditReference'];

/** A record another one mentions, by its number or name, linked to its page where it has one. */
export function RecordLink({ reference }: { reference: RecordReference }) {
  const page = recordPage(reference.kind, reference.id);
  if (!page) {
    return (
      <Text span size="xs">
        {reference.label}
      </Text>
    );
  }
  return (
    <AnchorLink {...page} fz="xs" ff={namedKinds.has(reference.kind) ? undefined : 'monospace'}>
      {reference.label}
    </AnchorLink>
  );
}
