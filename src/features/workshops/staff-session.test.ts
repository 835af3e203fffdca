import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  STAFF_IDLE_LOCK_MS,
  staffSession,
  useIdleLock,
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
