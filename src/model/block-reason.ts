// Why PAT Pilot stopped a step and handed it to the person: facts the widgets report and the
// guide turns into words.
export type BlockReason =
  | { readonly kind: 'not-found'; readonly what: string }
  | { readonly kind: 'not-applied'; readonly what: string }
  /** The step lies in the owner's part of the form, and the recipe's owner is not chosen. */
  | { readonly kind: 'owner-needed-first'; readonly owner: string }
  | { readonly kind: 'owner-not-listed'; readonly owner: string }
  | { readonly kind: 'owner-list-failed'; readonly owner: string }
  /** wantedDays "none": the recipe asks for no expiration, which a lifetime policy removes. */
  | { readonly kind: 'lifetime-cap'; readonly capDays: number | undefined; readonly wantedDays: number | 'none' }
  | { readonly kind: 'repositories-not-found'; readonly names: readonly string[] }
  | { readonly kind: 'repository-not-removable'; readonly name: string }
  | { readonly kind: 'name-rejected'; readonly message: string };
