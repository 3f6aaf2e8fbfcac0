import type { Page } from 'playwright-core';

/** Something a user would see as broken in a table: which table, which cell, what is wrong. */
export interface LayoutProblem {
  table: string;
  cell?: string;
  problem: string;
}

/**
 * Checks every table on the page: no cell's content is wider than its column (clipped, cut by an
 * ellipsis, or spilling over the next column), and no table is wider than the card it sits in
 * unless a scroll container between them lets the user scroll it; the page itself never scrolls
 * sideways.
 */
export function tableLayoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: LayoutProblem[] = [];
    const slack = 1;
    const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const scrolls = (element: Element) => /(auto|scroll)/.test(getComputedStyle(element).overflowX);
    const isCard = (element: Element) =>
      element.classList.contains('mantine-Paper-root') || element.classList.contains('mantine-datatable');
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };

    if (document.documentElement.scrollWidth > window.innerWidth + slack) {
      problems.push({
        table: '(page)',
        problem: `page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`,
      });
    }

    for (const table of document.querySelectorAll('table')) {
      if (!visible(table)) continue;
      const name = text(table.querySelector('thead') ?? table).slice(0, 40);
      const tableBox = table.getBoundingClientRect();

      // The table fits its card, or a scroll container inside the card holds it.
      let scroller: Element | null = null;
      let card: Element | null = null;
      for (let up = table.parentElement; up && !card; up = up.parentElement) {
        if (!scroller && scrolls(up)) scroller = up;
        if (isCard(up)) card = up;
      }
      const cardBox = (card ?? document.querySelector('main') ?? document.body).getBoundingClientRect();
      const held = scroller ? scroller.getBoundingClientRect() : tableBox;
      if (held.right > cardBox.right + slack || held.left < cardBox.left - slack) {
        problems.push({
          table: name,
          problem: `${scroller ? 'scroll container' : 'table'} (${Math.round(held.left)}–${Math.round(held.right)}) overflows its card (${Math.round(cardBox.left)}–${Math.round(cardBox.right)})`,
        });
      }
      for (const cell of table.querySelectorAll('th, td')) {
        if (!visible(cell)) continue;
        if (cell.scrollWidth > cell.clientWidth + slack) {
          problems.push({
            table: name,
            cell: text(cell),
            problem: `content ${cell.scrollWidth} px wide in a ${cell.clientWidth} px column`,
          });
          continue;
        }
        const cellBox = cell.getBoundingClientRect();
        for (const inner of cell.querySelectorAll('*')) {
          if (!visible(inner)) continue;
          const box = inner.getBoundingClientRect();
          if (box.right > cellBox.right + slack || box.left < cellBox.left - slack) {
            problems.push({ table: name, cell: text(cell), problem: `"${text(inner)}" sticks out of its cell` });
            break;
          }
          const style = getComputedStyle(inner);
          if (style.overflowX !== 'visible' && !scrolls(inner) && inner.scrollWidth > inner.clientWidth + slack) {
            problems.push({ table: name, cell: text(cell), problem: `"${text(inner)}" is cut off` });
            break;
          }
        }
      }
    }
    return problems;
  });
}
