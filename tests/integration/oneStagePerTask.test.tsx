import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useOneStagePerTask } from '../../src/lib/useOneStagePerTask';

function Stages({ count }: { count: number }) {
  return <p>{`shown ${useOneStagePerTask(count)}`}</p>;
}

describe('useOneStagePerTask', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows nothing at first, then one more stage per task, and stops at the last', () => {
    render(<Stages count={3} />);
    // The cost of short tasks: until its turn comes, a stage is not there at all.
    expect(screen.getByText('shown 0')).toBeTruthy();
    for (const expected of [1, 2, 3]) {
      act(() => vi.advanceTimersToNextTimer());
      expect(screen.getByText(`shown ${expected}`)).toBeTruthy();
    }
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows one stage per task, never two at once', () => {
    render(<Stages count={4} />);
    act(() => vi.advanceTimersToNextTimer());
    expect(screen.getByText('shown 1')).toBeTruthy();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('leaves no timer behind once it is gone', () => {
    const { unmount } = render(<Stages count={4} />);
    act(() => vi.advanceTimersToNextTimer());
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not count past fewer stages', () => {
    const { rerender } = render(<Stages count={3} />);
    for (let turn = 0; turn < 3; turn++) act(() => vi.advanceTimersToNextTimer());
    expect(screen.getByText('shown 3')).toBeTruthy();
    rerender(<Stages count={2} />);
    expect(screen.getByText('shown 2')).toBeTruthy();
  });
});
