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

test('the server sends the security headers, and the app runs under them (no frame may embed it)', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/sw.js', '/staff']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("script-src 'self'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
  // A page of another site that tries to frame the app gets nothing from it.
  await page.goto('/');
  await expectHeading(page, ROUTES[0].heading);
  const framed = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.src = '/staff';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    try {
      return frame.contentDocument?.querySelector('h1')?.textContent ?? 'blocked';
    } catch {
      return 'blocked';
    }
  });
  expect(framed).toBe('blocked');
});
