// A tagged template for server-rendered markup: interpolated text is escaped unless it is
// already markup, so page builders cannot inject by accident.

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

function render(part: Part): string {
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  // false/null/undefined render nothing so conditions can sit inline: ${cond && html`…`}
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  return new Html(strings.reduce((out, string, index) => out + render(parts[index - 1] ?? '') + string));
}

/** Markup that is trusted as is (JSON in a script tag, for example). */
export const raw = (text: string): Html => new Html(text);

/** Boolean and optional attributes: `${attributes({ hidden: true, 'aria-checked': 'false' })}`. */
export function attributes(values: Record<string, string | number | boolean | undefined>): Html {
  return new Html(
    Object.entries(values)
      .filter(([, value]) => value !== undefined && value !== false)
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
      .join(''),
  );
}
