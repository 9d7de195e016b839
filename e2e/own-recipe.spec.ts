// Issue 5: recipes are data. A team imports its own recipe on the options page and makes it
// active; the guide then fills GitHub's form from that recipe, including a lifetime no preset
// offers (GitHub's custom date) and a write permission. Chromium and Firefox.
import type { Recipe } from '../src/recipe/schema.ts';
import { expect, test } from './harness/fixtures.ts';
import { clickGenerate } from './harness/github-user.ts';
import { useRecipe } from './harness/options-page.ts';
import { fillAll, overlayText, waitForOverlayText } from './harness/overlay.ts';
import { expectSubmission, newTokenUrl, repositoryIds } from './harness/recipe-submission.ts';
import { isoDate } from './replica/shared/expiration.ts';

const docsTeam: Recipe = {
  schemaVersion: 1,
  id: 'docs-team',
  label: 'Docs team sync',
  name: 'docs-sync-{date}',
  description: 'Pushes the rendered docs to labs and demo',
  owner: 'alta3',
  expiresInDays: 45,
  requestMessage: 'Docs build server',
  repositoryAccess: 'selected',
  repositories: ['labs', 'demo'],
  permissions: { contents: 'write', metadata: 'read', issues: 'read' },
};

test('a team\'s own recipe, imported and made active, is what GitHub receives', async ({ session }) => {
  await useRecipe(session, docsTeam);

  const { page, replica } = session;
  await page.goto(newTokenUrl);
  await waitForOverlayText(page, '[data-testid="panel"]', /Docs team sync/);
  await fillAll(page);
  expect(await overlayText(page, '[data-testid="progress"]')).toMatch(/All fields filled/);
  await clickGenerate(page);
  await expect.poll(() => replica.submissions.length === 1, { timeout: 10_000, message: 'the form to be submitted' }).toBe(true);

  expectSubmission(replica, {
    name: (day) => `docs-sync-${isoDate(day)}`,
    description: docsTeam.description,
    owner: 'alta3',
    expiresAt: 'custom',
    customDate: (day) => isoDate(new Date(day.getFullYear(), day.getMonth(), day.getDate() + 45)),
    reason: docsTeam.requestMessage,
    repositoryIds: repositoryIds(docsTeam.repositories),
    permissions: docsTeam.permissions,
  });
  expect(session.errors).toEqual([]);
});
