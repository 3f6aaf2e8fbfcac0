import type { KeyboardEvent } from 'react';

/** Where focus should land once the lines have re-rendered: a row, and the column it was in. */
export interface FocusTarget {
  row: number;
  cell: number;
}

const focusable = 'input:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** Focuses the first field of a cell of a row of the grid's body, or of the row when the cell has none. */
export function focusCell(body: HTMLElement | null, { row, cell }: FocusTarget): void {
  const tr = body?.querySelectorAll<HTMLTableRowElement>('tr[data-line]')[row];
  if (!tr) return;
  const field = tr.cells[cell]?.querySelector<HTMLElement>(focusable) ?? tr.querySelector<HTMLElement>(focusable);
  field?.focus();
}

/** A field whose own list reads the arrows and Enter (a select, a tags input): the grid leaves those keys to it. */
const ownsKeys = (target: HTMLElement) =>
  target.getAttribute('aria-haspopup') === 'listbox' || target.tagName === 'TEXTAREA';

export interface LineKeyActions {
  /** Enter: a new line (or the product search that adds one). */
  add?: () => void;
  /** Ctrl+Delete (⌘+Delete): remove the line the focus is in. */
  remove?: (row: number) => void;
  /** Arrow up/down: the same column of the line above or below. */
  move: (target: FocusTarget) => void;
}

/**
 * The grid's keyboard. Enter in a field adds a line instead of submitting the form; arrow up/down
 * go to the same column of the next line; Ctrl+Delete removes the line. Plain Delete and Backspace
 * stay with text editing, and fields with their own list (selects, tags) keep their keys.
 */
export function onLineKeys(event: KeyboardEvent<HTMLElement>, actions: LineKeyActions): void {
  const target = event.target as HTMLElement;
  const tr = target.closest<HTMLTableRowElement>('tr[data-line]');
  if (!tr || event.defaultPrevented) return;
  const row = Number(tr.dataset.line);
  const cell = target.closest('td')?.cellIndex ?? 0;
  if (event.key === 'Delete' && (event.ctrlKey || event.metaKey) && actions.remove) {
    event.preventDefault();
    actions.remove(row);
    return;
  }
  if (ownsKeys(target) || event.altKey || event.shiftKey) return;
  if (event.key === 'Enter' && target.tagName === 'INPUT' && actions.add) {
    event.preventDefault();
    actions.add();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    actions.move({ row: row + (event.key === 'ArrowDown' ? 1 : -1), cell });
  }
}
