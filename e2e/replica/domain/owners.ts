import type { ReplicaConfig, ReplicaOwner } from '../config.ts';

export const findOwner = (config: ReplicaConfig, login: string): ReplicaOwner | undefined =>
  config.owners.find((owner) => owner.login.toLowerCase() === login.toLowerCase());

/** The signed-in user is the default resource owner. */
export function signedInOwner(config: ReplicaConfig): ReplicaOwner {
  const owner = findOwner(config, config.user);
  if (!owner) throw new Error(`replica config: the user ${config.user} must be one of the owners`);
  return owner;
}
