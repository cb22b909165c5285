/**
 * Renders assets/icon.svg into the PNG sizes the browsers ask for (assets/public/icon/<size>.png),
 * with Debian's Chromium. Run after changing the SVG: `npm run icons`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(resolve(ROOT, 'assets/icon.svg'), 'utf8');
const outDir = resolve(ROOT, 'assets/public/icon');
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: resolve(outDir, `${size}.png`), omitBackground: true });
    await page.close();
  }
  console.log(`Wrote ${SIZES.map((size) => `icon/${size}.png`).join(', ')} to ${outDir}`);
} finally {
  await browser.close();
}
