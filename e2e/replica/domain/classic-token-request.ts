// The POST to /settings/tokens (the classic form) read into a request, and its validation in
// Rails' style. A scope ticked with its parent is disabled on the page, so only the parent comes.
import { fieldMap, fieldMultiMap, type FormPairs } from '../http/form-fields.ts';
import { expirationError } from '../shared/expiration.ts';
import { isClassicScope } from './classic-scopes.ts';

export interface ClassicTokenRequest {
  readonly note: string;
  readonly expiration: string;
  readonly customDate: string;
  readonly scopes: readonly string[];
}

export const classicField = {
  note: 'oauth_access[description]',
  expiration: 'oauth_access[default_expires_at]',
  customDate: 'oauth_access[custom_expires_at]',
  scopes: 'oauth_access[scopes][]',
} as const;

export function readClassicTokenRequest(pairs: FormPairs): ClassicTokenRequest {
  const fields = fieldMap(pairs);
  return {
    note: fields[classicField.note] ?? '',
    expiration: fields[classicField.expiration] ?? '',
    customDate: fields[classicField.customDate] ?? '',
    scopes: fieldMultiMap(pairs)[classicField.scopes] ?? [],
  };
}

/** Notes must be unique per person, as GitHub's API has long answered ("already_exists"). */
export function classicTokenRequestErrors(request: ClassicTokenRequest, takenNotes: readonly string[], today: Date): string[] {
  const expiration = expirationError(request.expiration, request.customDate, undefined, today);
  return [
    ...(request.note.trim() === '' ? ["Note can't be blank"] : []),
    ...(takenNotes.includes(request.note) ? ['Note has already been taken'] : []),
    ...(expiration === undefined ? [] : [expiration]),
    ...request.scopes.filter((scope) => !isClassicScope(scope)).map((scope) => `Scope ${scope} is not valid`),
  ];
}
