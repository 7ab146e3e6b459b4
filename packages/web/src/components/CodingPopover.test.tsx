import type { CodeDto, SourceCodingDto } from '@polyphony/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { CodingPopover, type CodingActions } from './CodingPopover.js';

const code = (id: string, name: string): CodeDto => ({
  id, name, description: '', color: '#56B4E9', parent: null, createdBy: 't', createdAt: '', codings: 1, byPerspective: {},
});
const codes = [code('a', 'Being heard'), code('b', 'Money worries')];
const coding = (id: string, codeId: string, comment = ''): SourceCodingDto => ({ id, code: codeId, segment: 's1', coder: 'ana', start: 0, end: 12, ...(comment ? { comment } : {}) });

function open(list: SourceCodingDto[]) {
  const actions: CodingActions = { recode: vi.fn(async () => undefined), comment: vi.fn(async () => undefined), remove: vi.fn(async () => undefined) };
  const onClose = vi.fn();
  render(
    <I18nProvider lang="en">
      <CodingPopover codings={list} codes={codes} at={{ x: 10, y: 10 }} actions={actions} onClose={onClose} />
    </I18nProvider>,
  );
  return { actions, onClose };
}

afterEach(cleanup);

describe('coding popover', () => {
  it('lists the codes on the spot with their coder and comment, and takes focus', () => {
    open([coding('k1', 'a', 'said with relief'), coding('k2', 'b')]);
    const dialog = screen.getByRole('dialog', { name: 'Codes here' });
    expect(dialog.textContent).toContain('Being heard');
    expect(dialog.textContent).toContain('Money worries');
    expect(dialog.textContent).toContain('said with relief');
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('changes a coding to another code', () => {
    const { actions } = open([coding('k1', 'a')]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Change code Being heard to another code' }), { target: { value: 'b' } });
    expect(actions.recode).toHaveBeenCalledWith('k1', 'b');
  });

  it('saves a comment and removes a coding', () => {
    const { actions } = open([coding('k1', 'a')]);
    fireEvent.click(screen.getByRole('button', { name: 'Comment on Being heard' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Comment on Being heard' }), { target: { value: ' hesitant ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
    expect(actions.comment).toHaveBeenCalledWith('k1', 'hesitant');
    fireEvent.click(screen.getByRole('button', { name: 'Remove code Being heard from this passage' }));
    expect(actions.remove).toHaveBeenCalledWith('k1');
  });

  it('closes on Escape and on a click outside', () => {
    const { onClose } = open([coding('k1', 'a')]);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.mouseDown(document.body);
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
