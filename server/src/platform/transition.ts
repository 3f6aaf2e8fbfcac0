import { type SQL, sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../db/database.ts';
import { type AuditEntry, recordAudit } from './audit/audit.ts';
import { Conflict, NotFound } from './errors.ts';
import type { DocumentWorkflow } from './workflow.ts';

/** The document as it was read: its id and the state the transition starts from. */
export interface ReadDocument<State extends string> {
  id: string;
  state: State;
}

export interface TransitionOptions<State extends string> {
  /** The state reached when the command decides it (a partial delivery); the workflow's otherwise. */
  to?: State;
  /** More columns the transition sets, as `column = value` pairs. */
  set?: SQL;
  /** What the audit row records besides the state. */
  audit?: Record<string, unknown>;
  /** A refusal naming more than the state (the invoice number); the workflow's otherwise. */
  refusal?: (state: State) => string;
}

function nextState<State extends string, Action extends string>(
  flow: DocumentWorkflow<State, Action>,
  action: Action,
  options: TransitionOptions<State>,
): State {
  return options.to ?? flow.transitions[action].to;
}

/**
 * The conditional update of a transition, for commands that fold it into a statement of their
 * own (as a CTE): it changes the row only while it is still in the state it was read in, so of
 * simultaneous transitions one matches and the others find no row. Returns `returning`.
 */
export function transitionUpdate<State extends string, Action extends string>(
  ctx: TenantContext,
  flow: DocumentWorkflow<State, Action>,
  document: ReadDocument<State>,
  action: Action,
  options: TransitionOptions<State> & { returning?: SQL } = {},
): SQL {
  const { table, updatedAt } = flow.stored;
  const stamp = flow.transitions[action].stamp;
  const sets = [
    sql`state = ${nextState(flow, action, options)}`,
    ...(stamp ? [sql`${sql.raw(`${stamp}_at`)} = now(), ${sql.raw(`${stamp}_by`)} = ${ctx.actor.userId}`] : []),
    ...(updatedAt ? [sql`updated_at = now()`] : []),
    ...(options.set ? [options.set] : []),
  ];
  return sql`update ${sql.raw(table)} set ${sql.join(sets, sql`, `)}
    where tenant_id = ${ctx.tenantId} and id = ${document.id} and state = ${document.state}
    returning ${options.returning ?? sql`id`}`;
}

/** The audit row of a transition: the state it left and the state it reached, with `options.audit`. */
export function transitionAudit<State extends string, Action extends string>(
  flow: DocumentWorkflow<State, Action>,
  document: ReadDocument<State>,
  action: Action,
  options: TransitionOptions<State> = {},
): AuditEntry {
  const { auditEntity } = flow.stored;
  return {
    action: flow.transitions[action].audit ?? `${auditEntity}.${action}`,
    entity: auditEntity,
    entityId: document.id,
    before: { state: document.state },
    after: { state: nextState(flow, action, options), ...options.audit },
  };
}

/**
 * Why a conditional transition matched no row: the document is missing (404), or another request
 * moved it first (409 naming the state it is in now).
 */
export async function refuseTransition<State extends string, Action extends string>(
  ctx: TenantContext,
  flow: DocumentWorkflow<State, Action>,
  id: string,
  action: Action,
  refusal?: (state: State) => string,
): Promise<never> {
  const current = await queryOne<{ state: State }>(
    ctx.tx,
    sql`select state from ${sql.raw(flow.stored.table)} where tenant_id = ${ctx.tenantId} and id = ${id}`,
  );
  if (!current)
    throw new NotFound(
      flow.entity.replace(/^./, (c) => c.toUpperCase()),
      id,
    );
  flow.assert(current.state, action, refusal?.(current.state));
  // Moved since it was read, to another state that allows the action: the caller decided on a
  // state that is gone, so it must read the document again rather than act on it.
  throw new Conflict('document_changed', `The ${flow.entity} is now ${current.state}; reload it and try again`, {
    current: current.state,
  });
}

/**
 * Every state change of a document: moves it from the state it was read in to the next state of
 * the workflow, stamping who and when, and writes the audit row, in the caller's transaction.
 * The update is conditional on the state read, so under concurrency a transition happens once;
 * the request that loses gets the 409 of the state the winner left. Returns `returning` of the row.
 */
export async function applyTransition<State extends string, Action extends string, Row = { id: string }>(
  ctx: TenantContext,
  flow: DocumentWorkflow<State, Action>,
  document: ReadDocument<State>,
  action: Action,
  options: TransitionOptions<State> & { returning?: SQL } = {},
): Promise<Row> {
  flow.assert(document.state, action, options.refusal?.(document.state));
  const changed = await queryOne<Row>(ctx.tx, transitionUpdate(ctx, flow, document, action, options));
  if (!changed) return refuseTransition(ctx, flow, document.id, action, options.refusal);
  await recordAudit(ctx, transitionAudit(flow, document, action, options));
  return changed;
}
