import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../src/lib/oneAtATime';

describe('oneAtATime', () => {
  it('starts each step once the one before has left, in the order added', () => {
    const take = oneAtATime();
    const started: string[] = [];
    const leaveA = take(() => started.push('a'));
    const leaveB = take(() => started.push('b'));
    take(() => started.push('c'));
    expect(started).toEqual(['a']);
    leaveA();
    expect(started).toEqual(['a', 'b']);
    leaveA();
    expect(started).toEqual(['a', 'b']);
    leaveB();
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('skips a step that leaves before its turn, and starts a step added when none runs', () => {
    const take = oneAtATime();
    const started: string[] = [];
    const leaveA = take(() => started.push('a'));
    const leaveB = take(() => started.push('b'));
    const leaveC = take(() => started.push('c'));
    leaveB();
    leaveA();
    expect(started).toEqual(['a', 'c']);
    leaveC();
    take(() => started.push('d'));
    expect(started).toEqual(['a', 'c', 'd']);
  });
});
