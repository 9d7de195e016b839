// What every request handler gets: the replica's state and the parsed request.
import { randomBytes } from 'node:crypto';
import type { ReplicaConfig, ReplicaDrift } from '../config.ts';
import { TokenStore } from '../domain/tokens.ts';
import type { FormPairs } from '../http/form-fields.ts';
import type { ReplicaResponse } from '../http/responses.ts';

export interface ReplicaRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** The replica's memory across requests, like GitHub's session and database. */
export class ReplicaState {
  readonly csrfToken = randomBytes(24).toString('base64url');
  sudoConfirmed = false;
  readonly tokens: TokenStore;
  /** Every POST that creates a token, fine-grained or classic, in order. */
  readonly submissions: FormPairs[] = [];

  constructor(readonly config: ReplicaConfig) {
    this.tokens = new TokenStore(config.existingTokenNames);
  }
}

export interface RequestContext {
  readonly state: ReplicaState;
  readonly url: URL;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The POSTed fields, in order (empty for GET). */
  readonly form: FormPairs;
  readonly today: Date;
  /** How the GitHub at this request's origin differs from today's github.com. */
  readonly drift: ReplicaDrift;
}

export type Handler = (context: RequestContext) => ReplicaResponse | Promise<ReplicaResponse>;
