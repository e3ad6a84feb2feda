import { describe, expect, it } from 'vitest';
import { knownRequestView, parseRequestView } from '../../src/features/requests/requestFilters';

const known = {
  periods: ['2023-H1', '2023-H2', '2024-H1'],
  countries: ['US', 'DE'],
  categories: ['chineseGovernment', 'civilLitigant'],
};
const viewOf = (query: string) => knownRequestView(parseRequestView(new URLSearchParams(query)), known);

describe('knownRequestView', () => {
  it('keeps a view whose every filter the data has', () => {
    expect(viewOf('from=2023-H2&to=2024-H1&country=DE&category=civilLitigant&period=2024-H1')).toEqual({
      view: { from: '2023-H2', to: '2024-H1', categories: ['civilLitigant'], country: 'DE', period: '2024-H1' },
      ignored: [],
    });
  });

  it('leaves out a period, country or category the data lacks, and names each', () => {
    expect(viewOf('from=2099-H1&country=ZZ&category=nobody&category=civilLitigant&period=2011-H1')).toEqual({
      view: { from: null, to: null, categories: ['civilLitigant'], country: null, period: null },
      ignored: [
        { filter: 'period', value: '2099-H1' },
        { filter: 'period', value: '2011-H1' },
        { filter: 'country', value: 'ZZ' },
        { filter: 'category', value: 'nobody' },
      ],
    });
  });

  it('puts a reversed range in order', () => {
    expect(viewOf('from=2024-H1&to=2023-H1').view).toMatchObject({ from: '2023-H1', to: '2024-H1' });
  });
});
