import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectHeading, installApp, STAFF_ROUTES, sidewaysOverflow } from './support/app';
import {
  DEMO_MEMBER,
  expectEnvelope,
  goInApp,
  setPin,
  storedRecords,
  undersizedTargets,
} from './support/staff';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
test.describe('workshops, offline', () => {
  test.beforeEach(async ({ page, context }) => {
    await installApp(page);
    await context.setOffline(true);
  });

  test('import a Windows-1250 list, refuse a bad one, make a group and a weekly series, take attendance by taps', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await setPin(page);
    await page.getByRole('radio', { name: 'Koordynator UTW' }).click();
    await expect(page.getByRole('radio', { name: 'Koordynator UTW' })).toBeChecked();
    await page.getByRole('link', { name: /Wczytaj listę z pliku/ }).click();
    await expectHeading(page, 'Wczytaj listę z pliku');

    const fileField = page.getByLabel('Plik CSV z listą uczestników');
    await fileField.setInputFiles(join(FIXTURES, 'members-bad-cp1250.csv'));
    const refusal = page.getByRole('alert').filter({ hasText: 'Tego pliku nie można zapisać' });
    await expect(refusal).toContainText('Wiersz 3: brak numeru członkowskiego.');
    await expect(refusal).toContainText('Wiersz 4: brak imienia i nazwiska.');
    await expect(refusal).toContainText('Wiersz 5: numer UTW-901 powtarza się (jest już w wierszu 2).');
    await expect(refusal).toContainText('Wiersz 6: „zadzwonić wieczorem” nie wygląda na numer telefonu.');
    await expect(refusal).toContainText('Nic nie zostało zapisane.');
    await expect(page.getByRole('button', { name: 'Zapisz' })).toHaveCount(0);
    expect(await storedRecords(page, 'members')).toEqual([]);

    await fileField.setInputFiles(join(FIXTURES, 'members-40-cp1250.csv'));
    await expect(
      page.getByText(
        '40 wierszy z danymi. Kodowanie Windows-1250 (zwykły CSV z Excela), separator: średnik.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Żaneta Łęcka' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Prosi o duży druk; siedzi z przodu' })).toBeVisible();
    expect(await storedRecords(page, 'members')).toEqual([]);
    await page.getByRole('checkbox', { name: /Wszystkie 40 osób z tej listy/ }).check();
    await page.getByLabel('Zgodę przyjął(-ęła)').fill('Anna Koordynatorka');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await expect(page.getByText('Zapisano 40 osób.')).toBeVisible();
    const members = await storedRecords(page, 'members');
    expect(members).toHaveLength(40);
    for (const member of members) expectEnvelope(member);
    expect(members.map((member) => member.name)).toContain('Żaneta Łęcka');

    await goInApp(page, '/staff/groups');
    await expectHeading(page, 'Grupy i semestry');
    await page.getByRole('link', { name: 'Nowa grupa' }).click();
    await page.getByLabel('Nazwa grupy').fill('Cyfrowy senior — grupa czwartkowa');
    await page.getByRole('checkbox', { name: 'Autobusy i bilety' }).check();
    await page.getByRole('button', { name: 'Zaznacz wszystkich widocznych' }).click();
    await page.getByRole('button', { name: 'Zapisz grupę' }).click();
    await expectHeading(page, 'Cyfrowy senior — grupa czwartkowa');
    await expect(page.getByRole('heading', { name: 'Uczestnicy (40)' })).toBeVisible();

    await page.getByLabel('Od dnia').fill('2026-10-01');
    await page.getByLabel('Dzień tygodnia').selectOption({ label: 'czwartek' });
    await page.getByLabel('Godzina').fill('10:00');
    await page.getByLabel('Ile spotkań').fill('10');
    await page.getByLabel(/Miejsce/).fill('MDK, sala 12');
    await page.getByRole('button', { name: 'Zaplanuj serię' }).click();
    await expect(page.getByText(/Zaplanowano 10 zajęć/)).toBeVisible();
    const sessionLinks = page.getByRole('region', { name: 'Zajęcia (10)' }).getByRole('link');
    await expect(sessionLinks).toHaveCount(10);
    await expect(sessionLinks.first()).toContainText('czwartek, 1 października 2026');

    await sessionLinks.first().click();
    await expectHeading(page, 'Obecność: Cyfrowy senior — grupa czwartkowa');
    await expect(page.getByText('Bez oznaczenia: 40')).toBeVisible();
    await page.getByRole('button', { name: 'Wszyscy obecni' }).click();
    await expect(page.getByText('Obecni: 40')).toBeVisible();
    await page
      .getByRole('group', { name: /Żaneta Łęcka/ })
      .getByRole('button', { name: 'Spóźniony' })
      .click();
    await page
      .getByRole('group', { name: /Bożena Mroczek/ })
      .getByRole('button', { name: 'Nieobecny' })
      .click();
    // The soft hyphen in the Polish label stays out of the button's accessible name.
    await page
      .getByRole('group', { name: /Grażyna Grześkowiak/ })
      .getByRole('button', { name: 'Usprawiedliwiony', exact: true })
      .click();
    await expect(page.getByText('Obecni: 37')).toBeVisible();
    await expect(page.getByText('Usprawiedliwieni: 1')).toBeVisible();
    await expect(page.getByText('Spóźnieni: 1')).toBeVisible();
    await expect(page.getByText('Nieobecni: 1')).toBeVisible();

    const attendanceUrl = page.url();
    await page.reload();
    await page.getByLabel('PIN', { exact: true }).fill('2468');
    await page.getByRole('button', { name: 'Odblokuj' }).click();
    await expectHeading(page, 'Obecność: Cyfrowy senior — grupa czwartkowa');
    expect(page.url()).toBe(attendanceUrl);
    await expect(page.getByText('Obecni: 37')).toBeVisible();
    await expect(
      page.getByRole('group', { name: /Żaneta Łęcka/ }).getByRole('button', { name: 'Spóźniony' }),
    ).toHaveAttribute('aria-pressed', 'true');
    const attendance = await storedRecords(page, 'attendance');
    expect(attendance).toHaveLength(40);
    for (const record of attendance) {
      expectEnvelope(record);
      expect(record.id).toBe(`${record.sessionId}:${record.memberId}`);
    }
  });

  for (const view of [
    { name: '100 % text, 412 px wide', textSize: 100, width: 412 },
    { name: '200 % text, 320 px wide', textSize: 200, width: 320 },
  ]) {
    test(`axe finds no violations, targets are 48 px and nothing scrolls sideways on any staff screen (${view.name})`, async ({
      page,
    }) => {
      test.setTimeout(150_000);
      await page.setViewportSize({ width: view.width, height: 800 });
      await page.evaluate((textSize) => {
        localStorage.setItem('kpk.preferences', JSON.stringify({ textSize, welcomed: true }));
      }, view.textSize);
      await page.reload();
      await setPin(page);
      await page.getByRole('radio', { name: 'Koordynator UTW' }).click();
      await expect(page.getByRole('radio', { name: 'Koordynator UTW' })).toBeChecked();
      await page.getByRole('button', { name: 'Wypełnij przykładowymi danymi' }).click();
      await expectHeading(page, 'Cyfrowy senior — grupa wtorkowa');
      const groupPath = new URL(page.url()).pathname;
      await page
        .getByRole('region', { name: /Zajęcia/ })
        .getByRole('link')
        .first()
        .click();
      const sessionPath = new URL(page.url()).pathname;
      await goInApp(page, '/staff/roster');
      await page.getByRole('link', { name: new RegExp(DEMO_MEMBER.name) }).click();
      const memberPath = new URL(page.url()).pathname;

      const routes = [
        ...STAFF_ROUTES,
        { path: memberPath, heading: DEMO_MEMBER.name },
        { path: groupPath, heading: 'Cyfrowy senior — grupa wtorkowa' },
        { path: `${groupPath}/edit`, heading: 'Zmień grupę: Cyfrowy senior — grupa wtorkowa' },
        { path: `${groupPath}/cards`, heading: 'Karty uczestników: Cyfrowy senior — grupa wtorkowa' },
        { path: sessionPath, heading: 'Obecność: Cyfrowy senior — grupa wtorkowa' },
      ];
      for (const route of routes) {
        await goInApp(page, route.path);
        await expectHeading(page, route.heading);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          results.violations.map((violation) => `${violation.id}: ${violation.help}`),
          route.path,
        ).toEqual([]);
        expect(await undersizedTargets(page), route.path).toEqual([]);
        expect(await sidewaysOverflow(page), route.path).toEqual({ overflow: 0, culprits: [] });
      }
    });
  }
});
