import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '@/db/database';
import { listProgress } from '@/db/progress-queries';
import { saveRecord } from '@/db/write';
import { reloadPreferences } from '@/lib/preferences';
import { renderApp } from '@/testing/render-app';

const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;

describe('MyDataSection', () => {
  beforeEach(async () => {
    localStorage.clear();
    reloadPreferences();
    await getDatabase().delete();
    await getDatabase().open();
    await saveRecord(getDatabase(), 'progress', {
      owner: 'default',
      moduleId: 'buses',
      lessonId: 'phone-ticket',
      step: 3,
      stepsTotal: 8,
    });
  });

  it('refuses a damaged file with a clear message and changes nothing', async () => {
    const { user } = await renderApp({ path: '/settings' });
    await user.upload(
      fileInput(),
      new File(['{"format":"krok-po-kroku.my-data","version":1,"progress":"?"}'], 'postepy.json', {
        type: 'application/json',
      }),
    );
    expect(await screen.findByText(/Ten plik jest uszkodzony/)).toBeInTheDocument();
    const records = await listProgress(getDatabase(), 'default');
    expect(records.map((record) => [record.lessonId, record.step])).toEqual([['phone-ticket', 3]]);
  });

  it('refuses a 20 MB file of the right shape at once, naming its size and the limit, and changes nothing', async () => {
    const { user } = await renderApp({ path: '/settings' });
    const file = new File(['{}'], 'postepy.json', { type: 'application/json' });
    // The size is what is checked, before a byte is read: a real 20 MB body is not needed.
    Object.defineProperty(file, 'size', { value: 20 * 1024 * 1024 });
    let read = false;
    file.text = async () => {
      read = true;
      return '{}';
    };
    await user.upload(fileInput(), file);
    expect(
      await screen.findByText(/Ten plik ma 20 MB, a plik z postępami ma najwyżej 1 MB\./),
    ).toBeInTheDocument();
    expect(read).toBe(false);
    const records = await listProgress(getDatabase(), 'default');
    expect(records.map((record) => [record.lessonId, record.step])).toEqual([['phone-ticket', 3]]);
  });

  it('keeps the file picker out of the accessibility tree: one control per action', async () => {
    await renderApp({ path: '/settings' });
    expect(screen.getAllByRole('button', { name: 'Wczytaj postępy z pliku' })).toHaveLength(1);
    expect(fileInput()).not.toBeVisible();
    expect(screen.queryByLabelText('Wczytaj postępy z pliku')).toBeNull();
  });

  it('refuses a file from another program', async () => {
    const { user } = await renderApp({ path: '/settings' });
    await user.upload(fileInput(), new File(['Imię;Nazwisko'], 'lista.json', { type: 'application/json' }));
    expect(await screen.findByText(/nie jest plikiem z postępami/)).toBeInTheDocument();
  });

  it('says what will go before deleting, and deletes only when confirmed', async () => {
    const { user } = await renderApp({ path: '/settings' });
    await user.click(screen.getByRole('button', { name: 'Usuń moje dane' }));
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('postępy w 1 lekcji');
    await user.click(screen.getByRole('button', { name: 'Nie, zostaw' }));
    expect(await listProgress(getDatabase(), 'default')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Usuń moje dane' }));
    await user.click(await screen.findByRole('button', { name: 'Tak, usuń moje dane' }));
    expect(await screen.findByText('Twoje dane zostały usunięte z tego urządzenia.')).toBeInTheDocument();
    expect(await listProgress(getDatabase(), 'default')).toEqual([]);
  });
});
