// The rows of a list, found from their links rather than from the list's markup: each token's or
// request's links (by the id in their href) and the element around them that holds no other
// one's links. A list PAT Pilot has not seen still reads as long as its rows link what they are.
import { closestMatch, commonAncestor, find, findAll } from '../dom.ts';
import { selectors, type Alternatives } from '../selectors.ts';

export interface LinkedRow {
  readonly id: string;
  readonly element: HTMLElement;
  readonly links: readonly HTMLAnchorElement[];
}

/** `idOf` reads the id from a link's href as written (a saved page has no base to resolve it against). */
export function linkedRows(document: Document, links: Alternatives, idOf: (href: string) => string | undefined): LinkedRow[] {
  const byId = new Map<string, HTMLAnchorElement[]>();
  for (const link of findAll<HTMLAnchorElement>(document, links)) {
    const id = idOf(link.getAttribute('href') ?? '');
    if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), link]);
  }
  const holdsOther = (element: Element, id: string): boolean =>
    [...byId].some(([other, others]) => other !== id && others.some((link) => element.contains(link)));
  // Never wider than the list: the page's heading and what holds it are not a row.
  const heading = find(document, selectors.pageHeading);
  const widest = (element: Element): boolean => element === document.body || (heading !== undefined && element.contains(heading));
  return [...byId].flatMap(([id, rowLinks]): LinkedRow[] => {
    const inner = commonAncestor(rowLinks) as HTMLElement | undefined;
    if (!inner || holdsOther(inner, id)) return [];
    const row = closestMatch(inner, selectors.listRow);
    if (row && !holdsOther(row, id)) return [{ id, element: row, links: rowLinks }];
    let element = inner;
    while (element.parentElement && !widest(element.parentElement) && !holdsOther(element.parentElement, id)) element = element.parentElement;
    return [{ id, element, links: rowLinks }];
  });
}
