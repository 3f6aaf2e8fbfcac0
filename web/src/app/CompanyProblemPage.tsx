import { Button } from '@mantine/core';
import { IconBuildingOff, IconHourglass } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { serverMessage } from '../api/errors.ts';
import { getActiveCompany } from '../api/session.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { type Me, useMeQuery } from './me.ts';

interface CompanyProblem {
  code: string;
  message: string;
}

/** Shown instead of the page while the user cannot work in the active company. */
export function CompanyProblemPage({ problem, me }: { problem: CompanyProblem; me: Me }) {
  const { t } = useTranslation();
  const { refetch, isFetching } = useMeQuery();
  const checkAgain = (
    <Button variant="default" loading={isFetching} onClick={() => void refetch()}>
      {t('companyProblem.checkAgain')}
    </Button>
  );
  const joinAnother = (
    <Button component={Link} to="/join" variant="subtle">
      {t('companyProblem.joinAnother')}
    </Button>
  );

  if (problem.code === 'membership_pending') {
    const pending = me.memberships.filter((m) => m.role === 'pending');
    const company = (pending.find((m) => m.tenantId === getActiveCompany()) ?? pending[0])?.companyName;
    return (
      <StatusMessage
        icon={<IconHourglass size={28} />}
        title={t('companyProblem.pendingTitle')}
        color="yellow"
        actions={
          <>
            {checkAgain}
            {joinAnother}
          </>
        }
      >
        {company ? t('companyProblem.pending', { company }) : `${problem.message}. ${t('companyProblem.pendingLater')}`}
      </StatusMessage>
    );
  }
  return (
    <StatusMessage
      icon={<IconBuildingOff size={28} />}
      title={t('companyProblem.noCompanyTitle')}
      color="gray"
      actions={
        <>
          {checkAgain}
          {joinAnother}
        </>
      }
    >
      {serverMessage(problem)}
    </StatusMessage>
  );
}
