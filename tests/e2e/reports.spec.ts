// The coordinator's reports on the demo data, offline: the rates the demo's marks give, the CSV exports
// parsed back, the screens checked by axe at 100 % and 200 % text.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { expectHeading, installApp, sidewaysOverflow } from './support/app';
import { goInApp, setPin, undersizedTargets } from './support/staff';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const GROUP = 'Cyfrowy senior — grupa wtorkowa';

/** The demo's marks (src/features/workshops/data/demo-data.ts): member index × week → status. */
function demoStatus(member: number, week: number): 'present' | 'late' | 'excused' | 'absent' {
  const roll = (member * 7 + week * 13) % 20;
  if (roll === 0 || roll === 9) return 'absent';
  if (roll === 5) return 'excused';
  if (roll === 3 || roll === 14) return 'late';
  return 'present';
}

/** Attended and counted sessions of a demo member over `held` weeks, excused counted as absent. */
function demoTally(member: number, held: number): { attended: number; counted: number } {
  let attended = 0;
  for (let week = 0; week < held; week += 1) {
    const status = demoStatus(member, week);
    if (status === 'present' || status === 'late') attended += 1;
  }
  return { attended, counted: held };
}

const percent = (attended: number, counted: number) =>
  new Intl.NumberFormat('pl', { style: 'percent', maximumFractionDigits: 1 }).format(attended / counted);

async function openReportsWithDemo(page: Page): Promise<void> {
  await setPin(page);
  await page.getByRole('radio', { name: 'Koordynator UTW' }).click();
  await expect(page.getByRole('radio', { name: 'Koordynator UTW' })).toBeChecked();
  await page.getByRole('button', { name: 'Wypełnij przykładowymi danymi' }).click();
  await expectHeading(page, GROUP);
  await goInApp(page, '/staff');
  await page.getByRole('link', { name: /Raporty frekwencji/ }).click();
  await expectHeading(page, 'Raporty frekwencji');
}

/** The sessions already held, read from the group's row ("4 z 10"): the demo's past weeks. */
async function heldSessions(page: Page): Promise<number> {
  const cell = page.getByRole('row', { name: new RegExp(GROUP) }).getByRole('cell', { name: / z 10$/ });
  const text = (await cell.textContent()) ?? '';
  return Number(text.split(' ')[0]);
}

function parseCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test.describe('reports, offline', () => {
  test.beforeEach(async ({ page, context }) => {
    await installApp(page);
    await context.setOffline(true);
  });

  test('the demo group report shows the rates its marks give, and the CSV parses back the same', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openReportsWithDemo(page);
    const held = await heldSessions(page);
    expect(held).toBeGreaterThanOrEqual(4);
    const tallies = Array.from({ length: 24 }, (_, member) => demoTally(member, held));
    const attended = tallies.reduce((sum, tally) => sum + tally.attended, 0);
    const groupRow = page.getByRole('row', { name: new RegExp(GROUP) });
    await expect(
      groupRow.getByRole('cell', { name: percent(attended, 24 * held), exact: true }),
    ).toBeVisible();

    await page.getByRole('link', { name: GROUP }).click();
    await expectHeading(page, GROUP);
    const halina = tallies[0] ?? { attended: 0, counted: 1 };
    const halinaRow = page.getByRole('row', { name: /Halina Wiśniewska/ });
    await expect(halinaRow.getByRole('cell').first()).toHaveText(percent(halina.attended, halina.counted));
    // Week 0 of member 0 is an absence: its cell says so in words to a screen reader.
    await expect(halinaRow.getByRole('cell').nth(1)).toHaveText(/nieobecność/);

    // The chart is drawn (uPlot's canvas), and its figures are in a table for screen readers.
    await expect(page.getByTestId('attendance-chart').locator('canvas')).toBeVisible();
    await page.getByText('Te same dane jako tabela').click();
    const chartTable = page.getByRole('table', { name: 'Frekwencja w kolejnych zajęciach' });
    await expect(chartTable.getByRole('row')).toHaveCount(held + 1);
    let firstWeek = 0;
    for (let member = 0; member < 24; member += 1) {
      const status = demoStatus(member, 0);
      if (status === 'present' || status === 'late') firstWeek += 1;
    }
    await expect(chartTable.getByRole('row').nth(1).getByRole('cell')).toHaveText(percent(firstWeek, 24));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Pobierz tabelę obecności (CSV)' }).click(),
    ]);
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(download.suggestedFilename()).toBe(`frekwencja-cyfrowy-senior-grupa-wtorkowa-${day}.csv`);
    const rows = parseCsv(await download.path());
    const header = rows[0] ?? [];
    expect(header.slice(0, 2)).toEqual(['Nazwisko i imię', 'Numer członkowski']);
    expect(header[2]).toMatch(/^\d\d\.\d\d\.\d{4}$/);
    expect(rows).toHaveLength(25);
    const rateColumn = header.indexOf('Frekwencja (%)');
    const attendedColumn = header.indexOf('Obecności');
    const byName = new Map(rows.slice(1).map((row) => [row[0], row]));
    const bozena = byName.get('Bożena Łęcka');
    expect(bozena?.[1]).toBe('UTW-107');
    const bozenaTally = tallies[6] ?? { attended: 0, counted: 1 };
    expect(bozena?.[attendedColumn]).toBe(String(bozenaTally.attended));
    expect(bozena?.[rateColumn]).toBe(
      String(Math.round((bozenaTally.attended / bozenaTally.counted) * 1000) / 10).replace('.', ','),
    );
    expect(byName.get('Halina Wiśniewska')?.[2]).toBe('nieobecność');

    // Excused counted as present (a setting on the reports' first screen): the rates change at once.
    await page.getByRole('link', { name: '← Raporty frekwencji' }).click();
    await expectHeading(page, 'Raporty frekwencji');
    await page.getByText('Ustawienia raportów').click();
    // The setting is stored first, then shown: click, then wait for the stored choice.
    await page.getByRole('radio', { name: 'Liczy się jak obecność' }).click();
    await expect(page.getByRole('radio', { name: 'Liczy się jak obecność' })).toBeChecked();
    const withExcused = Array.from({ length: held }, (_, week) => demoStatus(0, week)).filter(
      (status) => status !== 'absent',
    ).length;
    const halinaSummary = page.getByRole('row', { name: /Halina Wiśniewska/ });
    await expect(halinaSummary.getByRole('cell').last()).toHaveText(percent(withExcused, held));
  });

  test('certificates: the eligible members are listed and one prints as one A4 page', async ({ page }) => {
    test.setTimeout(120_000);
    await openReportsWithDemo(page);
    const held = await heldSessions(page);
    const eligible = Array.from({ length: 24 }, (_, member) => demoTally(member, held)).filter(
      (tally) => tally.attended * 100 >= 80 * tally.counted,
    ).length;
    await page.getByRole('link', { name: GROUP }).click();
    await page.getByRole('link', { name: 'Zaświadczenia dla tej grupy' }).click();
    await expectHeading(page, `Zaświadczenia: ${GROUP}`);
    const choices = page.getByRole('checkbox');
    await expect(choices).toHaveCount(eligible);
    await expect(page.getByRole('article')).toHaveCount(eligible);
    const first = (await choices.first().textContent()) ?? '';
    const name = first.replace(/ \(frekwencja .*\)$/, '');
    for (let index = 1; index < eligible; index += 1) await choices.nth(index).uncheck();
    await expect(page.getByRole('button', { name: 'Drukuj 1 zaświadczenie' })).toBeEnabled();
    await page.getByLabel('Miejscowość (nieobowiązkowo)').fill('Zduńska Wola');
    await page.getByLabel('Data wydania').fill('2027-01-29');

    // The print preview at the width of an A4 page (210 mm at 96 px per inch).
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const certificate = page.getByRole('article', { name: `Zaświadczenie: ${name}` });
    await expect(certificate).toBeVisible();
    await expect(certificate).toContainText('Zaświadczenie');
    await expect(certificate).toContainText(name);
    await expect(certificate).toContainText(`„${GROUP}”`);
    await expect(certificate).toContainText(`w wymiarze ${held * 2} godzin zajęć`);
    await expect(certificate).toContainText('Autobusy i bilety');
    await expect(certificate).toContainText('Zduńska Wola, 29 stycznia 2027');
    await expect(certificate).toContainText('podpis koordynatora');
    await expect(page.getByRole('button', { name: 'Drukuj 1 zaświadczenie' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await page.screenshot({ path: 'test-results/reports-certificate-print.png', fullPage: true });

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    // A4 is 595.3 × 841.9 pt; Chromium writes it rounded to its own units.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    expect(Number(box?.[1])).toBeCloseTo(595, -1);
    expect(Number(box?.[2])).toBeCloseTo(842, -1);

    // The PDF itself as a page image, in Chromium's own PDF viewer, kept beside the test results.
    const viewer = await page.context().newPage();
    await viewer.route('http://certificate.pdf.test/', (route) =>
      route.fulfill({ body: pdf, contentType: 'application/pdf' }),
    );
    await viewer.setViewportSize({ width: 1000, height: 1300 });
    await viewer.goto('http://certificate.pdf.test/');
    await viewer.waitForTimeout(1500);
    await viewer.screenshot({ path: 'test-results/reports-certificate-pdf.png' });
    await viewer.close();
  });

  test("privacy: a report without names, a member's data exported, then erased to a tombstone", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openReportsWithDemo(page);
    const held = await heldSessions(page);
    const groupRate = await page
      .getByRole('row', { name: new RegExp(GROUP) })
      .getByRole('cell')
      .nth(4)
      .textContent();

    await page.getByText('Ustawienia raportów').click();
    await page.getByRole('checkbox', { name: /Raporty bez nazwisk/ }).click();
    await expect(page.getByRole('checkbox', { name: /Raporty bez nazwisk/ })).toBeChecked();
    const members = page.getByRole('table', { name: /Podsumowanie uczestników/ });
    await expect(members.getByRole('rowheader').first()).toHaveText('Osoba 1');
    await expect(members).not.toContainText('Wiśniewska');
    await expect(page.getByRole('button', { name: 'Pobierz listę uczestników (CSV)' })).toHaveCount(0);
    await page.getByRole('checkbox', { name: /Raporty bez nazwisk/ }).click();
    await expect(page.getByRole('checkbox', { name: /Raporty bez nazwisk/ })).not.toBeChecked();

    await members.getByRole('link', { name: 'Halina Wiśniewska' }).click();
    await expectHeading(page, 'Dane uczestnika: Halina Wiśniewska');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Pobierz wszystkie dane (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dane-uczestnika-halina-wisniewska-\d{4}-\d\d-\d\d\.json$/);
    const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(data.member).toMatchObject({ name: 'Halina Wiśniewska', memberNumber: 'UTW-101' });
    expect(data.groups).toEqual([expect.objectContaining({ name: GROUP })]);
    expect(data.attendance).toHaveLength(held);
    expect(data.attendance[0].status).toBe('absent');

    await page.getByRole('button', { name: 'Usuń dane osobowe' }).click();
    await page.getByRole('button', { name: 'Tak, usuń na zawsze' }).click();
    await expectHeading(page, 'Dane usunięte');
    const tombstone = await page.evaluate(
      (id) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('krok-po-kroku');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('members').objectStore('members').get(id);
            request.onsuccess = () => {
              resolve(request.result);
              open.result.close();
            };
          };
        }),
      data.member.id,
    );
    expect(tombstone).toEqual({
      id: data.member.id,
      updatedAt: expect.any(String),
      updatedBy: expect.any(String),
      deleted: true,
      dirty: 1,
    });

    await goInApp(page, '/reports');
    await page.getByRole('link', { name: GROUP }).click();
    await expectHeading(page, GROUP);
    await expect(page.getByText('Dane 1 osoby zostały usunięte na jej prośbę')).toBeVisible();
    await expect(page.getByRole('row', { name: /Halina Wiśniewska/ })).toHaveCount(0);
    await expect(page.getByRole('table', { name: /Obecność w grupie/ }).getByRole('row')).toHaveCount(25);
    await goInApp(page, '/reports');
    await expect(
      page
        .getByRole('row', { name: new RegExp(GROUP) })
        .getByRole('cell')
        .nth(4),
    ).toHaveText(groupRate ?? '');
  });

  test('effectiveness: self-assessments entered by the instructor, hidden below five people, shown from five', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await openReportsWithDemo(page);
    await page.getByRole('link', { name: 'Skuteczność kursów (samoocena)' }).click();
    await expectHeading(page, 'Skuteczność kursów');
    await expect(page.getByText('Nie ma jeszcze odpowiedzi z samooceny.')).toBeVisible();
    await page.getByRole('link', { name: 'Wpisz samoocenę uczestnika' }).click();
    await expectHeading(page, 'Samoocena uczestnika');
    await page.getByLabel('Grupa', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Moduł', { exact: true }).selectOption({ label: 'Sprawy urzędowe przez internet' });
    const statements = [
      'Potrafię znaleźć w internecie, jak załatwić sprawę w urzędzie.',
      'Potrafię zalogować się profilem zaufanym lub w mObywatelu.',
      'Potrafię zastrzec swój numer PESEL.',
    ];
    const enter = async (person: number, phase: 'Przed kursem' | 'Po kursie', answer: string) => {
      await page.getByLabel('Uczestnik', { exact: true }).selectOption({ index: person + 1 });
      await page.getByRole('radio', { name: phase }).check();
      for (const statement of statements) {
        await page.getByRole('group', { name: statement }).getByRole('radio', { name: answer }).check();
      }
      await page.getByRole('button', { name: 'Zapisz samoocenę' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Zapisano samoocenę' })).toBeVisible();
    };
    await page.getByLabel('Uczestnik', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Zapisz samoocenę' }).click();
    await expect(page.getByRole('alert')).toHaveText('Zaznacz odpowiedź przy każdym stwierdzeniu.');
    for (let person = 0; person < 4; person += 1) {
      await enter(person, 'Przed kursem', 'Potrafię z pomocą');
      await enter(person, 'Po kursie', 'Potrafię sam(a)');
    }
    await goInApp(page, '/reports/effectiveness');
    const moduleRow = page.getByRole('row', { name: /Sprawy urzędowe przez internet/ });
    await expect(moduleRow).toContainText('Mniej niż 5 osób — wynik ukryty');
    await expect(page.getByRole('row', { name: /^1\.1 / })).toContainText('Mniej niż 5 osób');

    await goInApp(page, '/reports/effectiveness/enter');
    await page.getByLabel('Grupa', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Moduł', { exact: true }).selectOption({ label: 'Sprawy urzędowe przez internet' });
    await enter(4, 'Przed kursem', 'Potrafię z pomocą');
    await enter(4, 'Po kursie', 'Potrafię sam(a)');
    await goInApp(page, '/reports/effectiveness');
    await expect(moduleRow.getByRole('cell')).toHaveText(['5', '2', '3', '+1']);
    await expect(page.getByRole('row', { name: /^4\.2 / }).getByRole('cell')).toHaveText([
      '5',
      '2',
      '3',
      '+1',
    ]);
    await page.screenshot({ path: 'test-results/reports-effectiveness.png', fullPage: true });
  });
});

for (const view of [
  { name: '100 % text, 412 px wide', textSize: 100, width: 412 },
  { name: '200 % text, 320 px wide', textSize: 200, width: 320 },
]) {
  test(`reports: axe finds no violations, targets are 48 px, nothing scrolls sideways (${view.name})`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await installApp(page);
    await page.setViewportSize({ width: view.width, height: 800 });
    await page.evaluate((textSize) => {
      localStorage.setItem('kpk.preferences', JSON.stringify({ textSize, welcomed: true }));
    }, view.textSize);
    await page.reload();
    await openReportsWithDemo(page);
    await page.getByText('Ustawienia raportów').click();
    const screens = [{ path: '/reports', heading: 'Raporty frekwencji' }];
    await page.getByRole('link', { name: GROUP }).click();
    await expectHeading(page, GROUP);
    screens.push({ path: new URL(page.url()).pathname, heading: GROUP });
    screens.push({
      path: `${new URL(page.url()).pathname}/certificates`,
      heading: `Zaświadczenia: ${GROUP}`,
    });
    screens.push(
      { path: '/reports/effectiveness', heading: 'Skuteczność kursów' },
      { path: '/reports/effectiveness/enter', heading: 'Samoocena uczestnika' },
    );
    await goInApp(page, '/reports');
    await page.getByRole('link', { name: 'Halina Wiśniewska' }).click();
    await expectHeading(page, 'Dane uczestnika: Halina Wiśniewska');
    screens.push({ path: new URL(page.url()).pathname, heading: 'Dane uczestnika: Halina Wiśniewska' });
    for (const screen of screens) {
      await goInApp(page, screen.path);
      await expectHeading(page, screen.heading);
      await page.screenshot({
        path: `test-results/reports-${view.textSize}${screen.path.replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((violation) => `${violation.id}: ${violation.help}`),
        screen.path,
      ).toEqual([]);
      expect(await undersizedTargets(page), screen.path).toEqual([]);
      expect(await sidewaysOverflow(page), screen.path).toEqual({ overflow: 0, culprits: [] });
    }
  });
}
