// Issue 3: "Fill all fields" on GitHub's page, then the person clicks Generate; GitHub must
// receive exactly the recipe. Runs in Chromium and Firefox.
import { expect, test } from './harness/fixtures.ts';
import { clickGenerate } from './harness/github-user.ts';
import { fillAll, overlayText, stepBadges, waitForPanel } from './harness/overlay.ts';
import { alta3RepositoryNames, expectAlta3Submission, newTokenUrl } from './harness/recipe-submission.ts';


test('Fill all fields, then Generate: GitHub receives exactly the recipe', async ({ session }) => {
  const { page, replica } = session;
  await page.goto(newTokenUrl);
  await waitForPanel(page);
  await fillAll(page);
  expect(await overlayText(page, '[data-testid="progress"]')).toMatch(/All fields filled/);
  expect(Object.values(await stepBadges(page)).filter((badge) => badge !== 'Done')).toEqual(['To do']);
  await clickGenerate(page);
  await expect.poll(() => replica.submissions.length === 1).toBe(true);
  expectAlta3Submission(replica);
  expect(session.errors).toEqual([]);
});

test.describe('with decoys listed first and slow endpoints', () => {
  test.use({ replica: { latency: { suggestions: 1500, selectAccess: 2000, resourceOwners: 1000, checkName: 1000 } } });
  test('each repository is the exact owner/name match, never the first suggestion', async ({ session }) => {
    const { page, replica } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    await fillAll(page, 80_000);
    await clickGenerate(page);
    await expect.poll(() => replica.submissions.length === 1).toBe(true);
    expectAlta3Submission(replica);
    // Each pick went through GitHub's slow search, whose answers list decoys (labs-2023 before labs).
    const searched = new Set(replica.requests.filter((request) => request.url.includes('/suggestions')).map((request) => new URL(request.url, 'https://github.com').searchParams.get('q')));
    expect(alta3RepositoryNames.filter((name) => !searched.has(name)), 'repositories picked without asking GitHub').toEqual([]);
  });
});
