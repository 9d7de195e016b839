// The tokens the replica has created, and the one-time display of a new token's value.
import { randomInt } from 'node:crypto';

export interface CreatedToken {
  readonly id: number;
  readonly name: string;
  readonly owner: string;
  /** Organizations that require approval keep the token pending until an admin approves it. */
  readonly pending: boolean;
  /** undefined: no expiration. */
  readonly expiresOn: Date | undefined;
  readonly value: string;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomText = (length: number): string => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/** Shaped like GitHub's: github_pat_11 + 20 characters + _ + 59 characters (fake, random). */
export const fakeTokenValue = (): string => `github_pat_11${randomText(20).toUpperCase()}_${randomText(59)}`;

export class TokenStore {
  readonly created: CreatedToken[] = [];
  /** The token whose value the list page shows once. */
  private unseen: CreatedToken | undefined;

  constructor(private readonly existingNames: readonly string[]) {}

  get names(): readonly string[] {
    return [...this.existingNames, ...this.created.map((token) => token.name)];
  }

  create(name: string, owner: string, pending: boolean, expiresOn: Date | undefined): CreatedToken {
    const token = { id: 1_000_000 + this.created.length, name, owner, pending, expiresOn, value: fakeTokenValue() };
    this.created.push(token);
    this.unseen = token;
    return token;
  }

  /** Hands out the new token once; later views of the list no longer show its value. */
  takeUnseen(): CreatedToken | undefined {
    const token = this.unseen;
    this.unseen = undefined;
    return token;
  }
}
