import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReadRecordingQueryCache } from '../../src/build/readRecordingQueryCache';

function ShowsCountries() {
  const { data } = useQuery({ queryKey: ['countries'], queryFn: () => Promise.resolve('never called') });
  return createElement('p', null, data);
}

function seededClient() {
  const queryCache = new ReadRecordingQueryCache();
  const client = new QueryClient({ queryCache });
  client.setQueryData(['countries'], 'US, SG');
  client.setQueryData(['controls'], 'AC-01');
  return { queryCache, client, query: (key: string) => queryCache.find({ queryKey: [key] })! };
}

describe('ReadRecordingQueryCache', () => {
  it('notes the queries a render reads, and not those only seeded into the cache', () => {
    const { queryCache, client, query } = seededClient();
    queryCache.startRecording();
    const html = renderToString(createElement(QueryClientProvider, { client }, createElement(ShowsCountries)));
    expect(html).toContain('US, SG');
    expect(queryCache.wasRead(query('countries'))).toBe(true);
    expect(queryCache.wasRead(query('controls'))).toBe(false);
  });

  it('notes nothing before it starts recording: seeding the cache builds every query', () => {
    const { queryCache, query } = seededClient();
    expect(queryCache.wasRead(query('countries'))).toBe(false);
    queryCache.startRecording();
    expect(queryCache.wasRead(query('controls'))).toBe(false);
  });
});
