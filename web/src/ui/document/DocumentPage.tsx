import { Grid, Group, Stack, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AuditTrail } from '../AuditTrail.tsx';
import { Chatter } from '../Chatter.tsx';
import type { ChatterRecordRef } from '../chatter-api.ts';
import { PageHeader } from '../PageHeader.tsx';
import { RecordChangedBanner } from './RecordChangedBanner.tsx';
import { type DocumentAction, type DocumentState, StatusBar } from './StatusBar.tsx';

export interface DocumentTabs {
  /** The document's lines (or counting grid): the tab the page opens on. */
  lines: ReactNode;
  /** Stock moves, reservations and journal entries the document made. */
  ledger?: ReactNode;
  /** Orders, deliveries, invoices, payments it comes from or led to. */
  related?: ReactNode;
}

interface DocumentPageProps {
  title: ReactNode;
  /** State and other badges beside the title. */
  badges?: ReactNode;
  description?: ReactNode;
  /** Print, PDF and email: what can be done with the document whatever its state. */
  tools?: ReactNode;
  states: readonly DocumentState[];
  state: string;
  /** What the API says the document's state allows (`allowedActions`). */
  allowedActions: readonly string[];
  actions: readonly DocumentAction[];
  /** Shown between the status bar and the tabs: refusals, a draft's hint, headline figures. */
  notice?: ReactNode;
  tabs: DocumentTabs;
  /** Details beside the tabs (below them on a phone). */
  aside?: ReactNode;
  /** The chatter record and the audit log's name of the document (`sales_order`). */
  record: ChatterRecordRef;
  /** Dialogs the actions open. */
  children?: ReactNode;
}

/**
 * A document: header with its tools, status bar with its states and next actions, and tabs for
 * lines, ledger effects, related documents, attachments, notes and history, with the details
 * beside them. Everything stacks in one column on a phone.
 */
export function DocumentPage(props: DocumentPageProps) {
  const { t } = useTranslation('ui');
  const company = useActiveCompany();
  const canSeeHistory = useCan('platform.audit.read');
  const { record, tabs } = props;
  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {props.title}
            {props.badges}
          </Group>
        }
        description={props.description}
        actions={props.tools}
      />
      <StatusBar
        states={props.states}
        current={props.state}
        allowedActions={props.allowedActions}
        actions={props.actions}
      />
      <RecordChangedBanner kind={record.recordType} id={record.recordId} />
      {props.notice}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: props.aside ? 8 : 12 }}>
          <Tabs defaultValue="lines" keepMounted={false} data-testid="document-tabs">
            <Tabs.List mb="md">
              <Tabs.Tab value="lines">{t('document.tabs.lines')}</Tabs.Tab>
              {tabs.ledger && <Tabs.Tab value="ledger">{t('document.tabs.ledger')}</Tabs.Tab>}
              {tabs.related && <Tabs.Tab value="related">{t('document.tabs.related')}</Tabs.Tab>}
              <Tabs.Tab value="attachments">{t('document.tabs.attachments')}</Tabs.Tab>
              <Tabs.Tab value="notes">{t('document.tabs.notes')}</Tabs.Tab>
              <Tabs.Tab value="history">{t('document.tabs.history')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="lines">{tabs.lines}</Tabs.Panel>
            <Tabs.Panel value="ledger">
              <Stack gap="md">{tabs.ledger}</Stack>
            </Tabs.Panel>
            <Tabs.Panel value="related">
              <Stack gap="md">{tabs.related}</Stack>
            </Tabs.Panel>
            <Tabs.Panel value="attachments">
              <Chatter {...record} kinds={['attachment']} title={t('document.tabs.attachments')} />
            </Tabs.Panel>
            <Tabs.Panel value="notes">
              <Chatter {...record} kinds={['note', 'email']} title={t('document.tabs.notes')} />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              {canSeeHistory ? (
                <AuditTrail entity={record.recordType} id={record.recordId} company={company} />
              ) : (
                <Chatter {...record} kinds={['change']} title={t('document.tabs.history')} composer={false} />
              )}
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        {props.aside && (
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">{props.aside}</Stack>
          </Grid.Col>
        )}
      </Grid>
      {props.children}
    </>
  );
}
