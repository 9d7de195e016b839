// Pages that only need to exist: other settings pages (where PAT Pilot must stay away, and the
// way a person walks to the token pages in-page) and a 404 for every github.com URL the replica
// does not serve.
import type { ReplicaConfig } from '../config.ts';
import { html, type Html } from '../markup/html.ts';
import { developerSettingsLayout, githubDocument } from './layout.ts';

export function profilePage(config: ReplicaConfig): Html {
  return githubDocument({
    title: 'Your profile',
    config,
    main: html`<div class="container-lg p-responsive pt-4">
  <div class="Subhead"><h1 class="Subhead-heading Subhead-heading--large">Public profile</h1></div>
  <!-- GitHub's settings side navigation ends with "Developer settings" (/settings/apps), per docs.github.com "Creating a fine-grained personal access token", step 3. -->
  <nav aria-label="Settings" class="mb-3"><ul class="ActionListWrap"><li class="ActionListItem"><a class="ActionListContent" href="/settings/apps"><span class="ActionListItem-label">Developer settings</span></a></li></ul></nav>
  <div class="FormControl token-form-fields">
    <label for="user_profile_name" class="FormControl-label">Name</label>
    <input type="text" id="user_profile_name" name="user[profile_name]" value="${config.user}" class="form-control FormControl-input FormControl-medium">
  </div>
</div>`,
  });
}

/** Settings › Developer settings › GitHub Apps, where "Developer settings" opens. */
export function gitHubAppsPage(config: ReplicaConfig): Html {
  return githubDocument({
    title: 'GitHub Apps',
    config,
    main: developerSettingsLayout(html`<div class="Subhead"><h2 class="Subhead-heading">GitHub Apps</h2></div><p class="color-fg-muted">Want to build something that integrates with and extends GitHub?</p>`, '/settings/apps'),
  });
}

/** A plain page, without the app bundle: nothing on it should run. */
export const notFoundPage = (): Html =>
  html`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page not found · GitHub</title></head><body><h1>404</h1><p>This is not the web page you are looking for.</p></body></html>`;
