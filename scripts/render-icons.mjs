// Renders scripts/icon.svg to the PNG sizes the manifest lists, and the store's images: the
// 128×128 listing icon (the artwork at 96×96 with 16 px of transparent padding, as the Chrome Web
// Store asks) and the 440×280 promo tile. Run by hand after changing the SVG
// (node scripts/render-icons.mjs); the PNGs are committed.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const output = (path) => new URL(`../${path}`, import.meta.url).pathname;

const iconPage = (canvas, artwork) =>
  `<style>html,body{margin:0;background:transparent}svg{width:${artwork}px;height:${artwork}px;display:block;margin:${(canvas - artwork) / 2}px}</style>${svg}`;

const promoTile = `<style>
  html,body{margin:0;width:440px;height:280px;background:#0d1117;color:#f0f6fc;font-family:'DejaVu Sans',sans-serif}
  main{display:flex;align-items:center;gap:28px;height:100%;padding:0 36px;box-sizing:border-box}
  svg{width:120px;height:120px;flex:none}
  h1{margin:0 0 10px;font-size:40px;letter-spacing:-0.5px}
  p{margin:0;font-size:17px;line-height:1.35;color:#9198a1}
</style><main>${svg}<div><h1>PAT Pilot</h1><p>GitHub’s fine-grained token form, filled from your team’s recipe. You click Generate.</p></div></main>`;

const images = [
  ...[16, 48, 128].map((size) => ({ path: `public/icons/icon-${size}.png`, width: size, height: size, html: iconPage(size, size) })),
  { path: 'docs/store/icon-128.png', width: 128, height: 128, html: iconPage(128, 96) },
  { path: 'docs/store/promo-tile-440x280.png', width: 440, height: 280, html: promoTile, opaque: true },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const image of images) {
  const page = await browser.newPage({ viewport: { width: image.width, height: image.height } });
  await page.setContent(image.html);
  await page.screenshot({ path: output(image.path), omitBackground: !image.opaque });
  await page.close();
}
await browser.close();
