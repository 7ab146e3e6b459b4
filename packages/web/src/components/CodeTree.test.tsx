import type { CodeDto, Perspective } from '@polyphony/core';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { childrenByParent, CodeTree, subtreeTotals, type CodeTreeActions } from './CodeTree.js';
import { descendantsOf } from './CodeTreeEditor.js';

const code = (id: string, name: string, parent: string | null, byPerspective: Record<string, number> = {}): CodeDto => ({
  id, name, description: '', color: '#E69F00', parent, createdBy: 't', createdAt: '',
  codings: Object.values(byPerspective).reduce((a, b) => a + b, 0), byPerspective,
});
const perspectives: Perspective[] = [{ id: 'J', label: 'Jobseekers', sort: 0 }, { id: 'T', label: 'Therapists', sort: 1 }];
const codes = [code('p', 'Support', null, { J: 1 }), code('c1', 'Being heard', 'p', { J: 3, T: 1 }), code('c2', 'Money', 'p', { T: 2 }), code('x', 'Work', null)];

function tree(actions: Partial<CodeTreeActions> = {}, onPick = vi.fn()) {
  const all: CodeTreeActions = { update: vi.fn(async () => undefined), remove: vi.fn(async () => undefined), ...actions };
  render(
    <I18nProvider lang="en">
      <CodeTree codes={codes} perspectives={perspectives} active={null} onPick={onPick} actions={all} />
    </I18nProvider>,
  );
  return { actions: all, onPick };
}

afterEach(cleanup);

describe('code tree', () => {
  it('nests children under parents, in name order, and orphaned parents fall to the top', () => {
    const map = childrenByParent([...codes, code('y', 'Lost child', 'gone')]);
    expect(map.get('')?.map((c) => c.name)).toEqual(['Lost child', 'Support', 'Work']);
    expect(map.get('p')?.map((c) => c.name)).toEqual(['Being heard', 'Money']);
    expect([...descendantsOf('p', codes)].sort()).toEqual(['c1', 'c2', 'p']);
  });

  it('sums each code with its descendants once, for collapsed parents', () => {
    const deep = [...codes, code('g', 'Grandchild', 'c1', { J: 5 })];
    const totals = subtreeTotals(childrenByParent(deep));
    expect(totals.get('p')).toBe(1 + 4 + 5 + 2);
    expect(totals.get('c1')).toBe(4 + 5);
    expect(totals.get('x')).toBe(0);
  });

  it('marks the active code selected, also when it sits under a parent', () => {
    render(
      <I18nProvider lang="en">
        <CodeTree codes={codes} perspectives={perspectives} active="c2" onPick={() => undefined} actions={{ update: vi.fn(), remove: vi.fn() }} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('treeitem', { selected: true }).map((li) => li.querySelector('.code-name')?.textContent)).toEqual(['Money']);
    expect(screen.getByRole('button', { name: /^Money/ }).className).toContain('selected');
  });

  it('collapses a parent, which then shows the total of its subtree', () => {
    tree();
    expect(screen.getByRole('button', { name: /^Being heard/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hide the codes under Support' }));
    expect(screen.queryByRole('button', { name: /^Being heard/ })).toBeNull();
    expect(screen.getByRole('treeitem', { expanded: false }).textContent).toContain('7');
    fireEvent.click(screen.getByRole('button', { name: 'Show the codes under Support' }));
    expect(screen.getByRole('button', { name: /^Being heard/ })).toBeTruthy();
  });

  it('draws one bar per perspective, scaled to the largest count', () => {
    tree();
    const row = screen.getByRole('button', { name: /^Being heard/ });
    const bars = row.querySelectorAll<HTMLElement>('.code-bar');
    expect(bars).toHaveLength(2);
    expect(bars[0]?.style.width).toBe('24px');
    expect(bars[1]?.style.width).toBe('8px');
  });

  it('renames, recolours and moves a code under another parent (not under itself)', async () => {
    const { actions } = tree();
    fireEvent.click(screen.getByRole('button', { name: 'Edit code Work' }));
    const form = screen.getByRole('form', { name: 'Edit code Work' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Work life' } });
    fireEvent.change(within(form).getByLabelText('Colour'), { target: { value: '#0072b2' } });
    const parent = within(form).getByLabelText('Under');
    expect(within(parent).queryByRole('option', { name: 'Work' })).toBeNull();
    fireEvent.change(parent, { target: { value: 'p' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(actions.update).toHaveBeenCalledWith('x', { name: 'Work life', description: '', color: '#0072b2', parent: 'p' });
  });

  it('deletes from the editor and picks a code for "where used"', () => {
    const { actions, onPick } = tree();
    fireEvent.click(screen.getByRole('button', { name: /^Money/ }));
    expect(onPick).toHaveBeenCalledWith('c2');
    fireEvent.click(screen.getByRole('button', { name: 'Edit code Money' }));
    expect(screen.getByText(/removes its 2 codings/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(actions.remove).toHaveBeenCalledWith('c2');
  });

  it('draws only the rows in view of a 1,000-code tree, and brings a code selected out of view into them', () => {
    const many = Array.from({ length: 1000 }, (_, i) => code(`k${i}`, `Code ${String(i + 1).padStart(4, '0')}`, null, { J: 1 }));
    const actions: CodeTreeActions = { update: vi.fn(), remove: vi.fn() };
    const view = (active: string | null) => (
      <I18nProvider lang="en">
        <CodeTree codes={many} perspectives={perspectives} active={active} onPick={() => undefined} actions={actions} />
      </I18nProvider>
    );
    const { rerender } = render(view(null));
    const drawn = screen.getAllByRole('treeitem');
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(100);
    expect(screen.queryByRole('button', { name: /^Code 0900/ })).toBeNull();
    rerender(view('k899'));
    expect(screen.getByRole('treeitem', { selected: true }).querySelector('.code-name')?.textContent).toBe('Code 0900');
    expect(screen.getAllByRole('treeitem').length).toBeLessThan(100);
  });

  it('opens the collapsed parents of a code selected from elsewhere', () => {
    const actions: CodeTreeActions = { update: vi.fn(), remove: vi.fn() };
    const view = (active: string | null) => (
      <I18nProvider lang="en">
        <CodeTree codes={codes} perspectives={perspectives} active={active} onPick={() => undefined} actions={actions} />
      </I18nProvider>
    );
    const { rerender } = render(view(null));
    fireEvent.click(screen.getByRole('button', { name: 'Hide the codes under Support' }));
    expect(screen.queryByRole('button', { name: /^Money/ })).toBeNull();
    rerender(view('c2'));
    expect(screen.getByRole('button', { name: /^Money/ }).className).toContain('selected');
  });
});
