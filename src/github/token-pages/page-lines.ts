// A page as its reader sees it: lines of text, one per block (a paragraph, a list item, a table
// cell, a term), each with the links it holds, and the parts their labels start. A part is found
// by its words ("Token name", "Repository permissions", …) wherever it sits: its value is what
// follows the label inside the nearest element around both, up to the next heading or label.
import { commonAncestor, findAll, matchesAny } from '../dom.ts';
import { selectors, type Alternatives } from '../selectors.ts';

export type StatementPart =
  | 'name' | 'owner' | 'expiry' | 'created' | 'repositories' | 'reason'
  | 'repositoryPermissions' | 'accountPermissions' | 'organizationPermissions';

const partLabels: readonly (readonly [StatementPart, Alternatives])[] = [
  ['name', selectors.tokenNameLabel],
  ['owner', selectors.ownerLabel],
  ['expiry', selectors.expiryLabel],
  ['created', selectors.createdLabel],
  ['repositories', selectors.repositoryAccessLabel],
  ['reason', selectors.requestReasonLabel],
  ['repositoryPermissions', selectors.repositoryPermissionsLabel],
  ['accountPermissions', selectors.accountPermissionsLabel],
  ['organizationPermissions', selectors.organizationPermissionsLabel],
];

export interface PageLine {
  readonly text: string;
  /** Each link's href as written (a saved page has no base to resolve it against). */
  readonly hrefs: readonly string[];
  /** The innermost block the line was written in. */
  readonly block: Element;
  /** A heading, a term or a label: it ends the part before it. */
  readonly term: boolean;
  /** The part this line's label starts, if it is one PAT Pilot knows. */
  readonly part: StatementPart | undefined;
}

const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function pageLines(root: Element): PageLine[] {
  const labels = new Map<Element, StatementPart>();
  for (const [part, alternatives] of partLabels) findAll(root, alternatives).forEach((element) => labels.set(element, part));
  const lines: PageLine[] = [];
  const blocks: Element[] = [root];
  let text = '';
  let hrefs: string[] = [];
  let term: { part: StatementPart | undefined } | undefined;
  const flush = (): void => {
    const line = squeeze(text);
    if (line) lines.push({ text: line, hrefs, block: blocks[blocks.length - 1] ?? root, term: term !== undefined, part: term?.part });
    text = '';
    hrefs = [];
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (matchesAny(element, selectors.statementSkipped)) return;
    const part = labels.get(element);
    const isTerm = part !== undefined || matchesAny(element, selectors.statementTerms);
    const isBlock = isTerm || blockTags.has(element.localName);
    if (isBlock) flush();
    const outer = term;
    if (isTerm) term = { part: part ?? outer?.part };
    if (isBlock) blocks.push(element);
    const href = element.localName === 'a' ? element.getAttribute('href') : null;
    if (href !== null) hrefs.push(href);
    element.childNodes.forEach(walk);
    if (isBlock) {
      flush();
      blocks.pop();
    }
    term = outer;
  };
  root.childNodes.forEach(walk);
  flush();
  return lines;
}

export interface Part {
  readonly part: StatementPart;
  /** The line of the label itself. */
  readonly label: PageLine;
  /** The lines that follow the label, or the text after "Label:" on the label's own line. */
  readonly values: readonly PageLine[];
}

/** What follows the label at `at`: within the nearest element around the label and the next line, up to the next term. */
function valuesAfter(lines: readonly PageLine[], at: number): PageLine[] {
  const [label, next] = [lines[at], lines[at + 1]];
  const around = label && next ? commonAncestor([label.block, next.block]) : undefined;
  const values: PageLine[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.term || !around?.contains(line.block)) break;
    values.push(line);
  }
  return values;
}

/** "Token name: enchilada-install-2026-11-30" on one line. */
function inlinePart(line: PageLine): Part | undefined {
  const colon = line.text.indexOf(':');
  if (line.term || colon < 0) return undefined;
  const label = line.text.slice(0, colon + 1);
  const value = squeeze(line.text.slice(colon + 1));
  const part = partLabels.find(([, alternatives]) => alternatives.some((alternative) => alternative.text?.test(label)))?.[0];
  return part && value ? { part, label: line, values: [{ ...line, text: value }] } : undefined;
}

/** Every labelled part of the page, in the page's order (a part may be labelled more than once). */
export function labelledParts(lines: readonly PageLine[]): Part[] {
  return lines.flatMap((line, at): Part[] => {
    if (line.part) return [{ part: line.part, label: line, values: valuesAfter(lines, at) }];
    const inline = inlinePart(line);
    return inline ? [inline] : [];
  });
}
