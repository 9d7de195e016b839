// Issue 6, the page-drift suite: the replica as GitHub might serve it after a rebuild, behind a
// translation userscript, with extra wrappers, with widgets 3 s late, or with a widget missing.
// PAT Pilot either completes the recipe or names exactly the step the person must do by hand;
// it never fills a field wrongly, never selects a wrong repository, and throws nothing.
import { readFileSync } from 'node:fs';
import { expect, test } from '../harness/fixtures.ts';
import { fillAll, waitForPanel } from '../harness/overlay.ts';
import { alta3RepositoryNames, expectAlta3Submission, newTokenUrl } from '../harness/recipe-submission.ts';
import { click, overlayHost, type TestPage } from '../harness/test-page.ts';
import { alta3Repositories, type ReplicaOptions } from '../replica/config.ts';
import { isoDate } from '../replica/shared/expiration.ts';

/** Every field as the form would submit it now. */
const formFields = (page: TestPage): Promise<[string, string][]> =>
  page.evaluate(() => {
    const form = document.querySelector<HTMLFormElement>('form#new_user_programmatic_access');
    return form ? [...new FormData(form)].map(([name, value]): [string, string] => [name, String(value)]) : undefined;
  }, null).then((fields) => {
    if (!fields) throw new Error(`no token form on ${page.url()}`);
    return fields;
  });

/** Steps not done, each with the problem the panel shows for it. */
async function stepsLeft(page: TestPage): Promise<{ step: string; badge: string; problem: string }[]> {
  const steps = await page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    if (!root?.querySelector('[data-testid="panel"]')) return undefined;
    return [...root.querySelectorAll<HTMLElement>('[data-step]')]
      .map((step) => ({ step: step.dataset.step ?? '', badge: step.querySelector('.badge')?.textContent ?? '', problem: step.querySelector('.step-problem')?.textContent?.trim() ?? '' }));
  }, overlayHost);
  // A vanished overlay has no steps left either: that must not read as "all done".
  if (!steps) throw new Error(`PAT Pilot's overlay is gone from ${page.url()}`);
  return steps.filter(({ step, badge }) => !['Done', 'Not needed'].includes(badge) && step !== 'review' && step !== 'generate');
}

/** The class names of the default build, whole, as the replica's stylesheet declares them (hashes may hold - and _). */
const originalHashedClasses = [...new Set(readFileSync(new URL('../replica/dist/pat-page.css', import.meta.url), 'utf8').match(/\bprc-[A-Za-z0-9_-]+|\b[A-Za-z]+-module__[A-Za-z0-9_-]+/g) ?? [])];

const recipeIds = new Set(alta3RepositoryNames.map((name) => String(alta3Repositories.find((repository) => repository.name === name)?.id)));

/**
 * Whatever PAT Pilot did fill is right: a field holds the recipe's value or is as GitHub left it.
 * days: the dates the fill may have named the token on (the test's start, and now).
 */
function expectNothingWrong(fields: [string, string][], days: readonly string[]): void {
  const allowed: Record<string, string[]> = {
    'user_programmatic_access[name]': ['', ...days.map((day) => `enchilada-install-${day}`)],
    'user_programmatic_access[description]': ['', 'token for downloading the following repos: labs, enchilada, alta3-ansible, infrastructure, gutenberg, demo'],
    target_name: ['sbarbour', 'alta3'],
    'user_programmatic_access[default_expires_at]': ['30', '90'],
    reason: ['', 'Needed for enchilada installation on cloud'],
    install_target: ['none', 'selected'],
  };
  // Every field GitHub's form posts is there to be judged (a missing form or fragment is wrong too).
  const names = new Set(fields.map(([name]) => name));
  expect(['user_programmatic_access[name]', 'target_name', 'install_target', 'integration[default_permissions][contents]'].filter((name) => !names.has(name)), 'fields missing from the form').toEqual([]);
  for (const [name, value] of fields) {
    if (name === 'repository_ids[]') expect(recipeIds.has(value), `repository ${value} is in the recipe`).toBe(true);
    else if (name.startsWith('integration[default_permissions]')) {
      expect(/\[(contents|metadata)\]$/.test(name) ? ['none', 'read'] : ['none'], name).toContain(value);
    } else if (allowed[name]) expect(allowed[name], name).toContain(value);
  }
}

interface Variant {
  readonly name: string;
  readonly replica: ReplicaOptions;
  readonly completes: boolean;
  readonly handedOver?: readonly string[];
  /** Runs in the page: true when the page really shows this variant, so the test can fail. */
  readonly isShown: (originalHashedClasses: readonly string[]) => boolean;
}

const variants: readonly Variant[] = [
  {
    name: 'the previous generation\'s permission rows (per-permission level menus)', replica: { drift: { gen2Permissions: true } }, completes: true,
    isShown: () => document.querySelectorAll('li.js-list-group-item [data-resource]').length > 50 && !document.querySelector('react-partial'),
  },
  {
    name: 'build-hashed class names changed', replica: { drift: { renamedClasses: true } }, completes: true,
    isShown: (original) => {
      const hashed = [...document.querySelectorAll('[class]')].flatMap((element) => [...element.classList]).filter((name) => /^prc-|-module__/.test(name));
      return hashed.length > 0 && hashed.every((name) => !original.includes(name));
    },
  },
  {
    name: 'extra wrapper elements around every widget', replica: { drift: { extraWrappers: true } }, completes: true,
    isShown: () => document.querySelectorAll('.drift-wrapper').length > 10,
  },
  {
    name: 'widgets that appear 3 s late', replica: { latency: { resourceOwners: 3000, selectAccess: 3000 } }, completes: true,
    isShown: () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/select-access') && entry.duration >= 3000),
  },
  {
    name: 'visible labels rewritten by a translation userscript', replica: { drift: { translatedLabels: true } }, completes: false, handedOver: ['permissions'],
    isShown: () => document.body.textContent?.includes('Nom du jeton') === true && document.body.textContent.includes('Ajouter des autorisations'),
  },
  {
    name: 'the expiration menu missing altogether', replica: { drift: { missing: 'expiration' } }, completes: false, handedOver: ['expiration'],
    isShown: () => document.querySelector('.js-new-default-token-expiration-select') === null,
  },
];

for (const variant of variants) {
  test.describe(variant.name, () => {
    test.use({ replica: variant.replica });
    test(variant.completes ? 'completes the recipe' : 'fills what it can and names each step left for the person', async ({ session }) => {
      test.setTimeout(120_000);
      const { page, replica } = session;
      const startDay = isoDate(new Date());
      await page.goto(newTokenUrl);
      await waitForPanel(page, 20_000);
      await fillAll(page, 90_000);
      expect(await page.evaluate(variant.isShown, originalHashedClasses), 'the page shows the variant').toBe(true);
      const left = await stepsLeft(page);
      expectNothingWrong(await formFields(page), [startDay, isoDate(new Date())]);
      if (variant.completes) {
        expect(left).toEqual([]);
        await click(page, { css: 'form#new_user_programmatic_access button[type="submit"]' });
        await expect.poll(() => replica.submissions.length === 1, { timeout: 10_000, message: 'the form to be submitted' }).toBe(true);
        expectAlta3Submission(replica);
      } else {
        expect(left, 'steps handed to the person').not.toEqual([]);
        for (const step of left) expect(step.problem, `${step.step} says what to do`).not.toBe('');
        if (variant.handedOver) expect(left.map(({ step }) => step)).toEqual(variant.handedOver);
      }
      expect(session.errors).toEqual([]);
    });
  });
}
