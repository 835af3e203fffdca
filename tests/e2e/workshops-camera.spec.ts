import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeCardVideo } from '../fixtures/card-video';
import { expectHeading, installApp } from './support/app';
import { DEMO_MEMBER, setPin } from './support/staff';

// Chromium's fake camera shows a video of the demo member's card, made from the same QR library.
const CARD_VIDEO = join(tmpdir(), `kpk-card-${DEMO_MEMBER.number}-${process.pid}.y4m`);
writeCardVideo(`KPK1:M:${DEMO_MEMBER.number}`, CARD_VIDEO);

test.use({
  permissions: ['camera'],
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${CARD_VIDEO}`,
    ],
  },
});

test('a printed card held to the camera marks the member present', async ({ page, context }) => {
  test.setTimeout(90_000);
  await installApp(page);
  await context.setOffline(true);
  await setPin(page);
  await page.getByRole('button', { name: 'Wypełnij przykładowymi danymi' }).click();
  await expectHeading(page, 'Cyfrowy senior — grupa wtorkowa');
  // The first session is past; the demo marked Halina absent there.
  await page
    .getByRole('region', { name: /Zajęcia/ })
    .getByRole('link')
    .first()
    .click();
  await expectHeading(page, 'Obecność: Cyfrowy senior — grupa wtorkowa');
  const halina = page.getByRole('group', { name: new RegExp(DEMO_MEMBER.name) });
  await expect(halina.getByRole('button', { name: 'Nieobecny', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: 'Skanuj karty' }).click();
  await expect(page.getByText(`✓ ${DEMO_MEMBER.name} — obecna/obecny.`)).toBeVisible({ timeout: 20_000 });
  await expect(halina.getByRole('button', { name: 'Obecny', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Zakończ skanowanie' }).click();
  await expect(page.getByLabel('Obraz z aparatu')).toHaveCount(0);
});
