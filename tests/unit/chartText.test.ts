import { describe, expect, it } from 'vitest';
import {
  acrossLabelMargin,
  BAR_LABEL_FONT_SIZE,
  categoryAxisWidth,
  categoryChartHeight,
  breakIntoLines,
  estimateLineCount,
  estimateTextWidth,
  placeBarLabel,
} from '../../src/features/requests/chartText';

describe('estimateTextWidth', () => {
  it('gives direction marks no width, so an Arabic percentage is as wide as its digits', () => {
    const arabic = new Intl.NumberFormat('ar-u-nu-latn', { style: 'percent' }).format(0.46);
    expect(arabic).not.toBe('46%');
    expect(estimateTextWidth(arabic, 10)).toBe(estimateTextWidth('46%', 10));
  });

  it('counts Chinese characters as wide as the font is tall', () => {
    expect(estimateTextWidth('中国政府', 12)).toBe(48);
    expect(estimateTextWidth('中国政府', 12)).toBeGreaterThan(estimateTextWidth('abcd', 12));
  });
});

describe('breakIntoLines', () => {
  it('fills each line with the words that fit, in order, and counts the lines it makes', () => {
    const name = 'Otros organismos del Gobierno de EE. UU.';
    const lines = breakIntoLines(name, 110, 12);
    expect(lines.join(' ')).toBe(name);
    expect(lines.length).toBe(estimateLineCount(name, 110, 12));
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(110);
    // Each line is full: its next line's first word would not have fitted on it.
    for (let index = 1; index < lines.length; index += 1) {
      const joined = `${lines[index - 1]} ${lines[index]!.split(' ')[0]}`;
      expect(estimateTextWidth(joined, 12)).toBeGreaterThan(110);
    }
  });

  it('gives an empty name one empty line, as an axis row still has one', () => {
    expect(breakIntoLines('', 110, 12)).toEqual(['']);
  });
});

describe('estimateLineCount', () => {
  it('breaks at spaces into lines of the given width', () => {
    expect(estimateLineCount('Other countries', 200, 12)).toBe(1);
    expect(estimateLineCount('Otros organismos del Gobierno de EE. UU.', 110, 12)).toBeGreaterThanOrEqual(3);
  });

  it('keeps a word wider than a line on a line of its own', () => {
    expect(estimateLineCount('美国国家安全机构', 40, 12)).toBe(1);
  });
});

describe('categoryChartHeight', () => {
  it('gives each name a row, taller when a name breaks over several lines', () => {
    const short = categoryChartHeight(['India', 'Brazil']);
    const long = categoryChartHeight(['India', 'Otros organismos del Gobierno de EE. UU.']);
    expect(long).toBeGreaterThan(short);
    expect(categoryChartHeight(['India', 'Brazil', 'France'])).toBeGreaterThan(short);
  });
});

describe('placeBarLabel', () => {
  const vertical = { orientation: 'vertical' as const, thickness: 30 };
  const horizontal = { orientation: 'horizontal' as const, thickness: 20 };

  it('puts a label above a bar that runs up when it is no wider than the bar', () => {
    expect(placeBarLabel({ ...vertical, labelWidth: 28, length: 10, room: 0 })).toBe('beyond');
  });

  it('turns a wider label upright, inside a bar long enough to hold it, else above it', () => {
    expect(placeBarLabel({ ...vertical, labelWidth: 70, length: 100, room: 0 })).toBe('inside');
    expect(placeBarLabel({ ...vertical, labelWidth: 70, length: 20, room: 120 })).toBe('upright');
  });

  it('puts a label beside a bar across when it fits before the chart ends, else inside the bar', () => {
    expect(placeBarLabel({ ...horizontal, labelWidth: 60, length: 30, room: 80 })).toBe('beyond');
    expect(placeBarLabel({ ...horizontal, labelWidth: 60, length: 200, room: 30 })).toBe('inside');
  });

  it('leaves a label that fits nowhere past the end of its bar', () => {
    expect(placeBarLabel({ ...vertical, labelWidth: 70, length: 20, room: 40 })).toBe('beyond');
    expect(placeBarLabel({ ...horizontal, labelWidth: 60, length: 30, room: 30 })).toBe('beyond');
  });
});

describe('categoryAxisWidth', () => {
  it('widens the axis for a name with no space to break it at, within a limit', () => {
    expect(categoryAxisWidth(['India', 'Other countries (5)'])).toBe(110);
    expect(categoryAxisWidth(['其他国家/地区（5个）'])).toBeGreaterThan(110);
    expect(categoryAxisWidth(['x'.repeat(80)])).toBe(160);
  });
});

describe('acrossLabelMargin', () => {
  it('keeps 48 px for short labels', () => {
    expect(acrossLabelMargin(['118', '0', '27–31'])).toBe(48);
  });

  it('makes room past the plot for the widest label, so that it fits there even on a bar that ends at the edge', () => {
    const widest = '1,825–2,074';
    const margin = acrossLabelMargin(['118', widest]);
    expect(margin).toBeGreaterThan(48);
    // The room placeBarLabel sees past a bar that ends at the plot's edge is the margin itself.
    const labelWidth = estimateTextWidth(widest, BAR_LABEL_FONT_SIZE);
    expect(placeBarLabel({ orientation: 'horizontal', labelWidth, thickness: 20, length: 10, room: margin })).toBe(
      'beyond',
    );
  });
});
