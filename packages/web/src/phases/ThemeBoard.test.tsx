import type { CodeDto, Theme } from '@polyphony/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import type { ScreenProps } from './screen-props.js';
import { ThemeBoard } from './ThemeBoard.js';

const code = (i: number): CodeDto => ({
  id: `c${i}`, name: `Code ${String(i).padStart(3, '0')}`, description: '', color: '#E69F00', parent: null, createdBy: 't', createdAt: '', codings: 0, byPerspective: {},
});
const theme = (id: string, name: string, codes: string[]): Theme => ({
  id, name, definition: '', status: 'candidate', perspective: 'J', parent: null, codes, exemplars: [], relation: null, note: '', summaries: {}, drawsOn: [], sort: 0,
});

const codes = Array.from({ length: 300 }, (_, i) => code(i));
const themes = [theme('t1', 'Relief', ['c1', 'c2']), theme('t2', 'Fatigue', [])];

function stubServer() {
  const requests: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requests.push({ method: init.method ?? 'GET', url, body: init.body ? JSON.parse(String(init.body)) : null });
    const json = url.startsWith('/api/themes') && init.method === 'GET' ? themes : themes[0];
    return new Response(JSON.stringify(json), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return requests;
}

async function renderBoard() {
  const run = vi.fn(async (action: () => Promise<string | void>) => void (await action()));
  const screenProps: ScreenProps = {
    version: 0, run, codes, perspectives: [{ id: 'J', label: 'Jobseekers', sort: 0 }],
    colorOf: () => '#0072B2', sourceName: (id) => id, openSegment: () => undefined, openReview: () => undefined,
  };
  render(<I18nProvider lang="en"><ThemeBoard screen={screenProps} /></I18nProvider>);
  await screen.findByRole('article', { name: 'Relief' });
  return run;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ThemeBoard', () => {
  it('puts no list of all codes into the page until a picker is opened', async () => {
    stubServer();
    await renderBoard();
    expect(document.querySelectorAll('select, option, [role="option"]')).toHaveLength(0);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('adds a code to a theme through the shared picker, by keyboard', async () => {
    const requests = stubServer();
    await renderBoard();
    const button = screen.getByRole('button', { name: 'Add a code to Fatigue' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const input = screen.getByRole('combobox', { name: 'Find a code' });
    fireEvent.change(input, { target: { value: 'Code 250' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({ url: '/api/themes/t2/codes', body: { code: 'c250' } });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('offers only codes not on the card, and moves a code to another theme', async () => {
    const requests = stubServer();
    await renderBoard();
    fireEvent.click(screen.getByRole('button', { name: 'Add a code to Relief' }));
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Code 00' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).not.toContain('Code 001');
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Move Code 001 to another theme' }));
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Fatigue']);
    fireEvent.click(options[0] as HTMLElement);
    await waitFor(() => expect(requests.filter((r) => r.method !== 'GET')).toHaveLength(2));
    expect(requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/themes/t2/codes', 'DELETE /api/themes/t1/codes/c1']);
  });
});
