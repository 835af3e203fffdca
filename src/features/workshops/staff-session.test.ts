import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  STAFF_IDLE_LOCK_MS,
  staffSession,
  useIdleLock,
  useStaffAreaLock,
  useStaffUnlocked,
} from '@/features/workshops/staff-session';

const MINUTE = 60 * 1000;

describe('staff session', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    act(() => staffSession.lock());
    vi.useRealTimers();
  });

  it('locks itself after 10 minutes without activity', () => {
    const { result } = renderHook(() => {
      const unlocked = useStaffUnlocked();
      useIdleLock(unlocked);
      return unlocked;
    });
    act(() => staffSession.unlock());
    expect(result.current).toBe(true);
    expect(STAFF_IDLE_LOCK_MS).toBe(10 * MINUTE);
    act(() => vi.advanceTimersByTime(10 * MINUTE - 1000));
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(false);
  });

  it('counts a key, a touch or a scanned card as activity', () => {
    const { result } = renderHook(() => {
      const unlocked = useStaffUnlocked();
      useIdleLock(unlocked);
      return unlocked;
    });
    act(() => staffSession.unlock());
    act(() => vi.advanceTimersByTime(9 * MINUTE));
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    });
    act(() => vi.advanceTimersByTime(9 * MINUTE));
    act(() => {
      window.dispatchEvent(new Event('pointerdown'));
    });
    act(() => vi.advanceTimersByTime(9 * MINUTE));
    act(() => staffSession.noteActivity());
    act(() => vi.advanceTimersByTime(9 * MINUTE));
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(MINUTE));
    expect(result.current).toBe(false);
  });
});

describe('the staff lock that always holds', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    act(() => staffSession.lock());
    vi.useRealTimers();
  });

  it('expires by the clock on every read, even with no timer running (a tab asleep for hours)', () => {
    staffSession.unlock();
    vi.setSystemTime(Date.now() + STAFF_IDLE_LOCK_MS + 1000);
    expect(staffSession.isUnlocked()).toBe(false);
  });

  it('locks when the tab goes outside the staff area or leaves the projector, not between staff pages', () => {
    const { rerender } = renderHook(({ path }) => useStaffAreaLock(path), {
      initialProps: { path: '/staff' },
    });
    act(() => staffSession.unlock());
    rerender({ path: '/reports' });
    rerender({ path: '/sync' });
    rerender({ path: '/staff/projector/buses/phone-ticket' });
    expect(staffSession.isUnlocked()).toBe(true);
    // A long explanation on the projector is not idleness…
    vi.setSystemTime(Date.now() + 2 * STAFF_IDLE_LOCK_MS);
    expect(staffSession.isUnlocked()).toBe(true);
    // …but leaving it asks for the PIN.
    act(() => rerender({ path: '/staff/projector' }));
    expect(staffSession.isUnlocked()).toBe(false);

    act(() => staffSession.unlock());
    act(() => rerender({ path: '/' }));
    expect(staffSession.isUnlocked()).toBe(false);
  });

  it('locks when the tab is hidden or the page is left', () => {
    renderHook(() => useStaffAreaLock('/staff'));
    act(() => staffSession.unlock());
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    Reflect.deleteProperty(document, 'visibilityState');
    expect(staffSession.isUnlocked()).toBe(false);
    act(() => staffSession.unlock());
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(staffSession.isUnlocked()).toBe(false);
  });
});
