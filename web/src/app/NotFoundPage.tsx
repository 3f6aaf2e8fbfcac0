import { Button } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { StatusMessage } from '../ui/StatusMessage.tsx';

export function NotFoundPage() {
  return (
    <StatusMessage
      icon={<IconMapQuestion size={28} />}
      title="Page not found"
      color="gray"
      actions={
        <Button component={Link} to="/" variant="default">
          Go to the start page
        </Button>
      }
    >
      There is no page at this address. It may have moved, or the link may be mistyped.
    </StatusMessage>
  );
}
