import { describe, expect, it } from 'vitest';
import { isTranslated } from '../../src/api/dataTranslations';
import type { StorageLocation } from '../../src/api/schemas';
import { renderWidget } from '../../src/build/renderWidget';
import { FetchCache } from '../../src/lib/fetchCache';
import { seedWrittenResources } from '../../src/widget/useResource';
import { samplePackage } from '../support/sample';

describe('the data a written widget view hands to the browser', () => {
  it('is the package’s, with the translation laid over it again, so what is translated is known on both sides', () => {
    const written = renderWidget('map', 'ar', samplePackage);
    // What the page carries is JSON: the marks of translated fields do not survive it.
    const carried = JSON.parse(JSON.stringify({ resources: written.dataset, translation: written.translation }));
    const cache = new FetchCache({ retry: 0, retryDelay: 0 });
    seedWrittenResources(cache, { storageLocations: carried.resources.storageLocations }, carried.translation);
    const state = cache.state<StorageLocation[]>('storageLocations');
    if (state.status !== 'success') throw new Error(`storageLocations: ${state.status}`);
    const virginia = state.data.find((location) => location.id === 'us-virginia')!;
    expect(virginia.name).toBe('فرجينيا');
    expect(isTranslated(virginia, 'name')).toBe(true);
    // The sample translates no provider into Arabic: it stays the package's English, marked as such.
    expect(isTranslated(virginia, 'provider')).toBe(false);
  });
});
