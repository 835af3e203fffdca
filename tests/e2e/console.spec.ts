import { expect, test } from '@playwright/test';
import { expectHeading, ROUTES } from './support/app';

test('no page logs an error or breaks the Content-Security-Policy', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => problems.push(`${page.url()}: ${issue.code}`));
  await cdp.send('Audits.enable');
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expectHeading(page, route.heading);
  }
  expect(problems).toEqual([]);
});
