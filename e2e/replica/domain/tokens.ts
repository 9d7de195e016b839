// The tokens the replica has created, and the one-time display of a new token's value, kept per
// kind: fine-grained tokens on /settings/personal-access-tokens, classic ones on /settings/tokens.
import { randomInt } from 'node:crypto';

export type TokenKind = 'fine-grained' | 'classic';

export interface CreatedToken {
  readonly id: number;
  readonly kind: TokenKind;
  /** The fine-grained token's name, or the classic token's note. */
  readonly name: string;
  readonly owner: string;
  /** Organizations that require approval keep the token pending until an admin approves it. */
  readonly pending: boolean;
  readonly value: string;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomText = (length: number): string => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/** Shaped like GitHub's: github_pat_11 + 20 characters + _ + 59 characters (fake, random). */
export const fakeTokenValue = (): string => `github_pat_11${randomText(20).toUpperCase()}_${randomText(59)}`;

/** A classic token is ghp_ + 36 characters (GitHub's changelog, 2021-03-04; fake, random). */
export const fakeClassicTokenValue = (): string => `ghp_${randomText(36)}`;

export class TokenStore {
  readonly created: CreatedToken[] = [];
  /** The token whose value its list page shows once. */
  private readonly unseen = new Map<TokenKind, CreatedToken>();

  constructor(private readonly existingNames: readonly string[]) {}

  /** Fine-grained token names, which must be unique. */
  get names(): readonly string[] {
    return [...this.existingNames, ...this.ofKind('fine-grained').map((token) => token.name)];
  }

  ofKind(kind: TokenKind): CreatedToken[] {
    return this.created.filter((token) => token.kind === kind);
  }

  create(name: string, owner: string, pending: boolean, kind: TokenKind = 'fine-grained'): CreatedToken {
    const value = kind === 'classic' ? fakeClassicTokenValue() : fakeTokenValue();
    const token = { id: 1_000_000 + this.created.length, kind, name, owner, pending, value };
    this.created.push(token);
    this.unseen.set(kind, token);
    return token;
  }

  /** Hands out the new token once; later views of its list no longer show its value. */
  takeUnseen(kind: TokenKind): CreatedToken | undefined {
    const token = this.unseen.get(kind);
    this.unseen.delete(kind);
    return token;
  }
}
