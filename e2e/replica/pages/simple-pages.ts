// Pages that only need to exist: another settings page (where PAT Pilot must stay away) and
// a 404 for every github.com URL the replica does not serve.
import type { ReplicaConfig } from '../config.ts';
import { html, type Html } from '../markup/html.ts';
import { githubDocument } from './layout.ts';

export function profilePage(config: ReplicaConfig): Html {
  return githubDocument({
    title: 'Your profile',
    config,
    main: html`<div class="container-lg p-responsive pt-4">
  <div class="Subhead"><h1 class="Subhead-heading Subhead-heading--large">Public profile</h1></div>
  <div class="FormControl token-form-fields">
    <label for="user_profile_name" class="FormControl-label">Name</label>
    <input type="text" id="user_profile_name" name="user[profile_name]" value="${config.user}" class="form-control FormControl-input FormControl-medium">
  </div>
</div>`,
  });
}

/** A plain page, without the app bundle: nothing on it should run. */
export const notFoundPage = (): Html =>
  html`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page not found · GitHub</title></head><body><h1>404</h1><p>This is not the web page you are looking for.</p></body></html>`;
