// Takes a phone-size screenshot of a page in Debian's Chromium, to look at what we build.
// Usage: node tools/screenshot.mjs URL OUT.png [--width 390] [--text 200] [--full]
// --text scales the app's root font size (100–200 %, as the learner's text-size setting will).
// Prints the page's scroll width, so horizontal overflow at narrow widths shows at once.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string', default: '390' }, text: { type: 'string' }, full: { type: 'boolean' } },
});
const [url, out] = positionals;
if (!url || !out) {
  console.error('usage: node tools/screenshot.mjs URL OUT.png [--width 390] [--text 200] [--full]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(values.width), height: 844 } });
page.on('pageerror', (error) => console.log('page error:', error.message));
await page.goto(url);
await page.getByRole('heading', { level: 1 }).waitFor();
if (values.text) {
  // The app's base size is 125 % of the browser default.
  await page.evaluate((percent) => {
    document.documentElement.style.fontSize = `${1.25 * percent}%`;
  }, Number(values.text));
}
console.log('scroll width:', await page.evaluate(() => document.documentElement.scrollWidth));
await page.screenshot({ path: out, fullPage: values.full ?? false });
await browser.close();
