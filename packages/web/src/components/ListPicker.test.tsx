import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { filterOptions, ListPicker, MAX_SHOWN, type PickerOption } from './ListPicker.js';

const options: PickerOption[] = [
  { id: 'a', label: 'Being heard' },
  { id: 'b', label: 'Money worries' },
  { id: 'c', label: 'Heard by NAV' },
];

function open(onPick = vi.fn(), onClose = vi.fn()) {
  const anchor = document.createElement('button');
  document.body.append(anchor);
  render(
    <I18nProvider lang="en">
      <ListPicker title="Add a code to Relief" placeholder="Find a code" options={options} anchor={anchor} onPick={onPick} onClose={onClose} />
    </I18nProvider>,
  );
  return { onPick, onClose, anchor, input: screen.getByRole('combobox') };
}

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('filterOptions', () => {
  it('puts labels that start with the query before labels that only contain it', () => {
    expect(filterOptions(options, 'heard').shown.map((o) => o.id)).toEqual(['c', 'a']);
  });

  it('caps what is shown and says how many more there are', () => {
    const many = Array.from({ length: MAX_SHOWN + 7 }, (_, i) => ({ id: String(i), label: `Code ${i}` }));
    const { shown, more } = filterOptions(many, '');
    expect(shown).toHaveLength(MAX_SHOWN);
    expect(more).toBe(7);
  });
});

describe('ListPicker', () => {
  it('is a named dialog with a combobox that controls a listbox, focused on open', () => {
    const { input } = open();
    expect(screen.getByRole('dialog', { name: 'Add a code to Relief' })).toBeTruthy();
    const list = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(document.activeElement).toBe(input);
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });

  it('filters as one types and picks the first match with Enter', () => {
    const { onPick, input } = open();
    fireEvent.change(input, { target: { value: 'money' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Money worries']);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith('b');
  });

  it('moves the active option with the arrow keys and marks it selected', () => {
    const { onPick, input } = open();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    const active = screen.getAllByRole('option')[1];
    expect(active?.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(active?.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith('b');
  });

  it('closes with Escape and on a press outside, but not on a press inside', () => {
    const { onClose, input } = open();
    fireEvent.pointerDown(screen.getAllByRole('option')[0] as HTMLElement);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.pointerDown(document.body);
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('gives focus back to the button that opened it when it goes away', () => {
    const { anchor } = open();
    cleanup();
    expect(document.activeElement).toBe(anchor);
  });

  it('says when nothing matches', () => {
    const { input } = open();
    fireEvent.change(input, { target: { value: 'zzz' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/Nothing matches/)).toBeTruthy();
  });
});
