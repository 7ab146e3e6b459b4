import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { format } from './i18n.js';
import { nb } from './nb.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('translate every English string into bokmål with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(nb[key].trim(), key).not.toBe('');
      expect(placeholders(nb[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} of {b}', { a: 1 })).toBe('1 of {b}');
  });
});
