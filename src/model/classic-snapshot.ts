// What GitHub's classic token form (settings/tokens/new) would submit right now, as read from the
// page. Types only: the pure decisions in guide/ take this shape, github/classic-snapshot.ts fills it.
import type { ExpirationState } from './form-snapshot.ts';

/** undefined means GitHub's field could not be found on the page. */
export interface ClassicSnapshot {
  readonly note: string | undefined;
  readonly expiration: ExpirationState | undefined;
  /**
   * Every scope whose box is ticked, those the page ticked and disabled under a ticked parent
   * included; undefined when the page shows no scope boxes at all.
   */
  readonly scopes: readonly string[] | undefined;
  readonly generateLabel: string | undefined;
}
