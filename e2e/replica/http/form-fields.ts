// Form bodies as the server receives them: an ordered list of [name, value] pairs, from
// application/x-www-form-urlencoded (the page's Turbo-like submit) or multipart/form-data
// (auto-check posts a FormData).

export type FormPairs = readonly (readonly [string, string])[];

function multipartPairs(body: string, boundary: string): FormPairs {
  const pairs: [string, string][] = [];
  for (const part of body.split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const name = /name="([^"]*)"/.exec(part.slice(0, headerEnd))?.[1];
    // Each part's value ends with the CRLF that precedes the next boundary.
    if (name !== undefined) pairs.push([name, part.slice(headerEnd + 4).replace(/\r\n$/, '')]);
  }
  return pairs;
}

export function parseFormBody(contentType: string, body: string): FormPairs {
  const boundary = /multipart\/form-data;.*boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
  if (boundary !== undefined) return multipartPairs(body, boundary);
  return [...new URLSearchParams(body)];
}

/** One value per name, the last one winning (as Rails reads a scalar param). */
export const fieldMap = (pairs: FormPairs): Record<string, string> => Object.fromEntries(pairs);

/** Every value per name, in order (repository_ids[] repeats). */
export function fieldMultiMap(pairs: FormPairs): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of pairs) (values[name] ??= []).push(value);
  return values;
}
