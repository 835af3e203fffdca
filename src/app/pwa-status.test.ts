import { describe, expect, it, vi } from 'vitest';
import { isBusyPath, onNewVersionInControl, reloadIfUpdatePending, updateApp } from '@/app/pwa-status';

describe('a new version taking over the tabs', () => {
  it('knows the pages a reload would interrupt', () => {
    expect(isBusyPath('/modules/buses/lessons/phone-ticket')).toBe(true);
    expect(isBusyPath('/staff/sessions/01ABC')).toBe(true);
    expect(isBusyPath('/staff/projector/buses/phone-ticket')).toBe(true);
    for (const idle of [
      '/',
      '/modules/buses',
      '/progress',
      '/staff',
      '/staff/sessions',
      '/staff/projector',
    ]) {
      expect(isBusyPath(idle), idle).toBe(false);
    }
  });

  it('reloads an idle tab at once and a busy one only at its next navigation', () => {
    const reload = vi.fn();
    onNewVersionInControl('/', reload);
    expect(reload).toHaveBeenCalledTimes(1);
    onNewVersionInControl('/modules/buses/lessons/phone-ticket', reload);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadIfUpdatePending(reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
    // Once taken, nothing is pending any more.
    expect(reloadIfUpdatePending(reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('reloads the tab whose "update" was tapped, even on a busy page', async () => {
    await updateApp();
    const reload = vi.fn();
    onNewVersionInControl('/staff/sessions/01ABC', reload);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
