import { describe, expect, it } from 'vitest';
import {
  band,
  bandAfterKey,
  bandAt,
  barFrame,
  BAR_GAP,
  barSlots,
  FOOT_AXIS_HEIGHT,
  plotArea,
  valueLength,
} from '../../src/features/requests/barLayout';

describe('plotArea', () => {
  const margin = { top: 18, right: 8, bottom: 4, left: 0 };

  it('leaves out the margins, the side axis at the left and the axis along the foot', () => {
    expect(plotArea(400, 220, margin, 44, false)).toEqual({
      left: 44,
      top: 18,
      width: 400 - 8 - 44,
      height: 220 - 18 - 4 - FOOT_AXIS_HEIGHT,
    });
  });

  it('puts the side axis at the right, right to left', () => {
    const mirrored = { ...margin, left: 8, right: 0 };
    expect(plotArea(400, 220, mirrored, 44, true)).toMatchObject({ left: 8, width: 400 - 8 - 44 });
  });

  it('has no negative size in a box too small for its axes', () => {
    expect(plotArea(20, 30, margin, 44, false)).toMatchObject({ width: 0, height: 0 });
  });
});

describe('bands and bars', () => {
  it('gives each category an equal band', () => {
    expect(band(0, 4, 200)).toEqual({ start: 0, size: 50 });
    expect(band(3, 4, 200)).toEqual({ start: 150, size: 50 });
    expect(band(0, 0, 200)).toEqual({ start: 0, size: 0 });
  });

  it('sets two bars side by side in a band, a tenth of it free at each side, in whole px', () => {
    const [received, disclosed] = barSlots(50, 2);
    expect(received).toEqual({ start: 5, size: 19 });
    expect(disclosed).toEqual({ start: 5 + 19 + BAR_GAP, size: 19 });
    expect(disclosed!.start + disclosed!.size).toBeLessThanOrEqual(45);
  });

  it('keeps a bar thinner than a pixel as it is, and never below zero', () => {
    expect(barSlots(4.5, 2)[0]!.size).toBeCloseTo(0.8);
    expect(barSlots(2, 2)[0]!.size).toBe(0);
  });

  it('places a value along its axis, within 0 and the upper bound', () => {
    expect(valueLength(250, 500, 200)).toBe(100);
    expect(valueLength(600, 500, 200)).toBe(200);
    expect(valueLength(-1, 500, 200)).toBe(0);
    expect(valueLength(3, 0, 200)).toBe(0);
  });
});

describe('bandAt', () => {
  it('finds the band under a point, and none off the axis', () => {
    expect(bandAt(0, 4, 200)).toBe(0);
    expect(bandAt(149.9, 4, 200)).toBe(2);
    expect(bandAt(199.9, 4, 200)).toBe(3);
    expect(bandAt(200, 4, 200)).toBeNull();
    expect(bandAt(-1, 4, 200)).toBeNull();
    expect(bandAt(10, 0, 200)).toBeNull();
  });
});

describe('bandAfterKey', () => {
  it('steps to the neighbour on screen with the arrows, and to the ends with Home and End', () => {
    expect(bandAfterKey('ArrowRight', 1, 6, 'right')).toBe(2);
    expect(bandAfterKey('ArrowLeft', 1, 6, 'right')).toBe(0);
    expect(bandAfterKey('Home', 4, 6, 'right')).toBe(0);
    expect(bandAfterKey('End', 0, 6, 'right')).toBe(5);
  });

  it('stops at the ends rather than wrapping', () => {
    expect(bandAfterKey('ArrowRight', 5, 6, 'right')).toBe(5);
    expect(bandAfterKey('ArrowLeft', 0, 6, 'right')).toBe(0);
  });

  it('steps the other way where time runs from the right', () => {
    expect(bandAfterKey('ArrowLeft', 1, 6, 'left')).toBe(2);
    expect(bandAfterKey('ArrowRight', 1, 6, 'left')).toBe(0);
  });

  it('steps down bands that run down the side, with the down or the right arrow', () => {
    expect(bandAfterKey('ArrowDown', 0, 3, 'down')).toBe(1);
    expect(bandAfterKey('ArrowRight', 0, 3, 'down')).toBe(1);
    expect(bandAfterKey('ArrowUp', 2, 3, 'down')).toBe(1);
  });

  it('starts at the first band, and ignores other keys and empty charts', () => {
    expect(bandAfterKey('ArrowRight', null, 6, 'right')).toBe(0);
    expect(bandAfterKey('ArrowLeft', null, 6, 'right')).toBe(0);
    expect(bandAfterKey('a', 2, 6, 'right')).toBeNull();
    expect(bandAfterKey('ArrowRight', null, 0, 'right')).toBeNull();
  });
});

describe('barFrame', () => {
  const margin = { top: 10, right: 10, bottom: 0, left: 10 };
  // A plot 200 px wide and 100 px high once the margins, a 40 px side axis and the foot axis are out.
  const frame = (bars: 'up' | 'across', rtl: boolean) =>
    barFrame({
      width: 260,
      height: 110 + FOOT_AXIS_HEIGHT,
      margin,
      sideAxisWidth: 40,
      bars,
      rtl,
      count: 4,
      upper: 100,
    });

  it('runs time from the left and values up from the foot, the side axis at the left', () => {
    const { plot, bandSize, bandStart, valueAt } = frame('up', false);
    expect(plot).toEqual({ left: 50, top: 10, width: 200, height: 100 });
    expect(bandSize).toBe(50);
    expect([0, 3].map(bandStart)).toEqual([50, 200]);
    expect([0, 50, 100].map(valueAt)).toEqual([110, 60, 10]);
  });

  it('runs time from the right, right to left, with the side axis at the right', () => {
    const { plot, bandStart } = frame('up', true);
    expect(plot.left).toBe(10);
    expect([0, 3].map(bandStart)).toEqual([160, 10]);
  });

  it('sets names down the side and grows bars across, from the right when right to left', () => {
    const across = frame('across', false);
    expect([0, 1].map(across.bandStart)).toEqual([10, 35]);
    expect([0, 100].map(across.valueAt)).toEqual([50, 250]);
    expect([0, 100].map(frame('across', true).valueAt)).toEqual([210, 10]);
  });

  it('draws a bar from the baseline to its value, with the strip of the plot along it for its label', () => {
    const slot = { start: 5, size: 19 };
    expect(frame('up', false).bar(1, slot, 50)).toEqual({
      rect: { x: 105, y: 60, width: 19, height: 50 },
      strip: { x: 105, y: 10, width: 19, height: 100 },
    });
    expect(frame('across', false).bar(0, slot, 50)).toEqual({
      rect: { x: 50, y: 15, width: 100, height: 19 },
      strip: { x: 50, y: 15, width: 200, height: 19 },
    });
    expect(frame('across', true).bar(0, slot, 50).rect).toEqual({ x: 110, y: 15, width: 100, height: 19 });
  });

  it('finds the band under a point, whichever way the bands run, and none outside the plot', () => {
    expect(frame('up', false).bandUnder(60, 50)).toBe(0);
    expect(frame('up', true).bandUnder(60, 50)).toBe(3);
    expect(frame('across', false).bandUnder(100, 104)).toBe(3);
    expect(frame('up', false).bandUnder(20, 50)).toBeNull();
    expect(frame('up', false).bandUnder(60, 115)).toBeNull();
  });
});
