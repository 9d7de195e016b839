// Issue 11: on a github.com page that is not one of PAT Pilot's, the router decides at once and
// then does nothing: no timer, no observer, and the guide is never loaded. Measured with V8's
// precise coverage (call counts per function), which sees the content script's isolated world.
import { expect, test } from '../harness/fixtures.ts';
import type { ChromiumSession } from '../harness/chromium.ts';
import { countRouterStarts, routerDecided } from '../harness/overlay.ts';

interface FunctionCoverage { readonly functionName: string; readonly ranges: readonly { readonly count: number }[] }
interface ScriptCoverage { readonly url: string; readonly functions: readonly FunctionCoverage[] }

test('a page that is not one of PAT Pilot\'s runs none of its code after the router decided, however busy the page is', async ({ session }) => {
  const { context, page } = session as ChromiumSession;
  const cdp = await context.newCDPSession(context.pages()[0]!);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  const take = async (): Promise<ScriptCoverage[]> =>
    ((await cdp.send('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] }).result.filter((script) => script.url.startsWith('chrome-extension://'));
  const calls = (scripts: ScriptCoverage[]): string[] =>
    scripts.flatMap((script) => script.functions.filter((fn) => (fn.ranges[0]?.count ?? 0) > 0).map((fn) => `${script.url.replace(/^chrome-extension:\/\/[^/]+\//, '')} ${fn.functionName || '(anonymous)'} ×${fn.ranges[0]?.count}`));

  await countRouterStarts(page);
  await page.goto('https://github.com/settings/profile');
  await routerDecided(page);
  const atLoad = await take();
  // The router ran (the counters prove the measurement sees it), and only the router.
  expect(calls(atLoad).some((call) => call.startsWith('src/content/main.js'))).toBe(true);
  expect(atLoad.map((script) => script.url).filter((url) => !url.endsWith('/src/content/main.js'))).toEqual([]);

  // A busy page: mutations everywhere, input, attribute changes. An observer or listener of PAT
  // Pilot's would have run by the end of each round: listeners run within dispatchEvent, and
  // observers at the microtask checkpoint the round awaits (every world shares that queue).
  await page.evaluate(async () => {
    const field = document.querySelector<HTMLInputElement>('input[name="user[profile_name]"]')!;
    for (let round = 0; round < 30; round += 1) {
      const box = document.body.appendChild(document.createElement('div'));
      box.innerHTML = '<ul><li>one</li><li>two</li></ul>';
      box.setAttribute('data-round', String(round));
      field.value = `name ${round}`;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      box.remove();
      await Promise.resolve();
    }
  }, null);
  expect(calls(await take())).toEqual([]);
});
