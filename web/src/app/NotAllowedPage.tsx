import { Button, Code } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { StatusMessage } from '../ui/StatusMessage.tsx';

export function NotAllowedPage({ permission }: { permission: string }) {
  return (
    <StatusMessage
      icon={<IconLock size={28} />}
      title="Not allowed"
      color="red"
      actions={
        <Button component={Link} to="/dashboard" variant="default">
          Go to the dashboard
        </Button>
      }
    >
      Your role in this company does not open this page (it needs <Code>{permission}</Code>). Ask an owner or admin if
      you need it.
    </StatusMessage>
  );
}
