import { Button } from '@mantine/core';
import { IconBuildingOff, IconHourglass } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { useMeQuery } from './me.ts';

interface CompanyProblem {
  code: string;
  message: string;
}

/** Shown instead of the page while the user cannot work in the active company. */
export function CompanyProblemPage({ problem }: { problem: CompanyProblem }) {
  const { refetch, isFetching } = useMeQuery();
  const checkAgain = (
    <Button variant="default" loading={isFetching} onClick={() => void refetch()}>
      Check again
    </Button>
  );
  const joinAnother = (
    <Button component={Link} to="/join" variant="subtle">
      Join another company
    </Button>
  );

  if (problem.code === 'membership_pending') {
    return (
      <StatusMessage
        icon={<IconHourglass size={28} />}
        title="Waiting for approval"
        color="yellow"
        actions={
          <>
            {checkAgain}
            {joinAnother}
          </>
        }
      >
        {problem.message}. You will get an email as soon as they decide, and this page opens up then.
      </StatusMessage>
    );
  }
  return (
    <StatusMessage
      icon={<IconBuildingOff size={28} />}
      title="No company to work in"
      color="gray"
      actions={
        <>
          {checkAgain}
          {joinAnother}
        </>
      }
    >
      {problem.message}
    </StatusMessage>
  );
}
