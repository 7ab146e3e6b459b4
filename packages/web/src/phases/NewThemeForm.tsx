import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** A one-field form that names a new theme or subtheme. */
export function NewThemeForm(props: { label: string; onCreate(name: string): Promise<void> }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  return (
    <form
      className="new-theme"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void props.onCreate(name.trim()).then(() => setName(''));
      }}
    >
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('themes.name')} aria-label={props.label} />
      <button type="submit" className="button">{t('themes.create')}</button>
    </form>
  );
}
