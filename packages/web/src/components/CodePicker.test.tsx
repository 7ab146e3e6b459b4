import type { CodeDto } from '@polyphony/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { CodePicker } from './CodePicker.js';

const code = (id: string, name: string): CodeDto => ({
  id, name, description: '', color: '#E69F00', parent: null, createdBy: 't', createdAt: '', codings: 0, byPerspective: {},
});

function open(onPick = vi.fn()) {
  render(
    <I18nProvider lang="en">
      <CodePicker codes={[code('1', 'Being heard'), code('2', 'Money worries')]} quote="I felt heard" onPick={onPick} onClose={() => undefined} />
    </I18nProvider>,
  );
  return { onPick, input: screen.getByRole('combobox') };
}

afterEach(cleanup);

describe('CodePicker', () => {
  it('applies the matching code with Enter', () => {
    const { onPick, input } = open();
    fireEvent.change(input, { target: { value: 'money' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith({ kind: 'existing', id: '2' });
  });

  it('offers to create a new code when none matches', () => {
    const { onPick, input } = open();
    fireEvent.change(input, { target: { value: 'Safety net' } });
    expect(screen.getByRole('option').textContent).toContain('Safety net');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith({ kind: 'new', name: 'Safety net' });
  });
});
