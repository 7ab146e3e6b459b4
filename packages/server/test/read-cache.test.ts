import { describe, expect, it } from 'vitest';
import { createReadCache } from '../src/read-cache.js';

describe('createReadCache', () => {
  it('answers from memory until the version changes', async () => {
    let version = '1';
    let loads = 0;
    const cache = createReadCache(async () => version);
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('a', load)).toBe(1);
    version = '2';
    expect(await cache.get('a', load)).toBe(2);
  });

  it('does not remember a failed read', async () => {
    const cache = createReadCache(async () => '1');
    await expect(cache.get('x', () => Promise.reject(new Error('unknown source')))).rejects.toThrow('unknown source');
    expect(await cache.get('x', async () => 'found')).toBe('found');
  });
});
