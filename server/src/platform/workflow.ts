import { InvalidTransition } from './errors.ts';

/**
 * A document's states and the transitions between them, as data. Each transition is its own
 * command; `assert` refuses a transition from a state that does not allow it (409 with the
 * current state and the actions allowed from it).
 */
export function defineWorkflow<State extends string, Action extends string>(
  entity: string,
  transitions: Record<Action, { from: readonly State[]; to: State }>,
) {
  const actionsFrom = (state: State): Action[] =>
    (Object.keys(transitions) as Action[]).filter((action) => transitions[action].from.includes(state));
  return {
    entity,
    transitions,
    actionsFrom,
    /** The state after `action`, or a refusal naming the current state and the allowed actions. */
    assert(current: State, action: Action, message?: string): State {
      const transition = transitions[action];
      if (!transition.from.includes(current)) {
        throw new InvalidTransition(entity, current, action, actionsFrom(current), message);
      }
      return transition.to;
    },
  };
}
