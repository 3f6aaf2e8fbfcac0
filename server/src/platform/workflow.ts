import { InvalidTransition } from './errors.ts';

/**
 * One transition: the states it may start from and the state it leads to. `stamp` names the
 * pair of columns it fills with its time and user (`confirmed` → confirmed_at, confirmed_by),
 * `audit` the audit action it writes, `refusal` the 409 message naming the state it was refused in.
 */
export interface TransitionRule<State extends string> {
  from: readonly State[];
  to: State;
  stamp?: string;
  audit?: string;
  refusal?: (state: State) => string;
  /** Follows from another document (a credit note reopens an order); never offered as an action. */
  automatic?: boolean;
}

/** Where a document with states is stored, for `applyTransition` (platform/transition.ts). */
export interface StoredDocument {
  /** Its table; every such table has tenant_id, id and state. */
  table: string;
  /** Its name in the audit log, e.g. `sales_order`. */
  auditEntity: string;
  /** Whether the table has updated_at, which a transition then sets. */
  updatedAt: boolean;
}

export interface Workflow<State extends string, Action extends string> {
  entity: string;
  transitions: Record<Action, TransitionRule<State>>;
  /** The actions users may take, every transition but the automatic ones. */
  actions: Action[];
  /** The actions users may take from `state`. */
  actionsFrom(state: State): Action[];
  /** The states `action` may start from, e.g. the open states of a document. */
  statesAllowing(action: Action): readonly State[];
  /** The state after `action`, or a refusal naming the current state and the allowed actions. */
  assert(current: State, action: Action, message?: string): State;
}

export interface DocumentWorkflow<State extends string, Action extends string> extends Workflow<State, Action> {
  stored: StoredDocument;
}

/**
 * A document's states and the transitions between them, as data. Each transition is its own
 * command; `assert` refuses a transition from a state that does not allow it (409 with the
 * current state and the actions allowed from it). Given where the document is stored, the
 * workflow also drives `applyTransition`.
 */
export function defineWorkflow<State extends string, Action extends string>(
  entity: string,
  transitions: Record<Action, TransitionRule<State>>,
): Workflow<State, Action>;
export function defineWorkflow<State extends string, Action extends string>(
  entity: string,
  transitions: Record<Action, TransitionRule<State>>,
  stored: StoredDocument,
): DocumentWorkflow<State, Action>;
export function defineWorkflow<State extends string, Action extends string>(
  entity: string,
  transitions: Record<Action, TransitionRule<State>>,
  stored?: StoredDocument,
): Workflow<State, Action> {
  const actions = (Object.keys(transitions) as Action[]).filter((action) => !transitions[action].automatic);
  const actionsFrom = (state: State): Action[] => actions.filter((action) => transitions[action].from.includes(state));
  return {
    entity,
    transitions,
    actions,
    actionsFrom,
    statesAllowing: (action) => transitions[action].from,
    assert(current, action, message) {
      const transition = transitions[action];
      if (!transition.from.includes(current)) {
        throw new InvalidTransition(
          entity,
          current,
          action,
          actionsFrom(current),
          message ?? transition.refusal?.(current),
        );
      }
      return transition.to;
    },
    ...(stored ? { stored } : {}),
  };
}
