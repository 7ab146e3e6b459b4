import type { Relation, Theme } from '@polyphony/core';
import { useState } from 'react';
import { call } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { SegmentList } from './SegmentList.js';
import type { ScreenProps } from './screen-props.js';

const RELATIONS: Relation[] = ['convergent', 'divergent', 'complementary', 'silent'];

function ThemeEditor(props: { theme: Theme; screen: ScreenProps }) {
  const { t } = useI18n();
  const s = props.screen;
  const th = props.theme;
  const [name, setName] = useState(th.name);
  const [definition, setDefinition] = useState(th.definition);
  const [relation, setRelation] = useState<Relation | ''>(th.relation ?? '');
  const [note, setNote] = useState(th.note);
  const [summaries, setSummaries] = useState<Record<string, string>>(th.summaries);
  const evidence = useApi('GET /api/themes/:id/codings', { id: th.id }, s.version);
  const codes = new Map(s.codes.map((c) => [c.id, c]));
  const exemplars = (evidence.data ?? []).filter((c) => th.exemplars.includes(c.segment.id));
  const crossCutting = th.perspective === null;
  return (
    <div className="define-editor">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void s.run(async () => {
            await call('PATCH /api/themes/:id', {
              id: th.id, name: name.trim(), definition,
              ...(crossCutting ? { relation: relation || null, note, summaries } : {}),
            });
            return t('define.saved', { name: name.trim() });
          });
        }}
      >
        <label>{t('define.name')}<input value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>{t('define.definition')}<textarea rows={4} value={definition} onChange={(e) => setDefinition(e.target.value)} /></label>
        {crossCutting && (
          <fieldset>
            <legend>{t('define.triangulation')}</legend>
            <label>
              {t('define.relation')}
              <select value={relation} onChange={(e) => setRelation(e.target.value as Relation | '')}>
                <option value="">{t('relation.none')}</option>
                {RELATIONS.map((r) => <option key={r} value={r}>{t(`relation.${r}` as MessageKey)}</option>)}
              </select>
            </label>
            <label>{t('define.note')}<textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} /></label>
            {s.perspectives.map((p) => (
              <label key={p.id}>
                {t('define.summary', { perspective: p.label })}
                <textarea rows={2} value={summaries[p.id] ?? ''} style={{ borderLeftColor: s.colorOf(p.id) }} className="summary" onChange={(e) => setSummaries({ ...summaries, [p.id]: e.target.value })} />
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" className="button primary">{t('define.save')}</button>
      </form>
      <h2>{t('define.exemplars', { n: exemplars.length })}</h2>
      {exemplars.length === 0 && <p className="empty">{t('define.noExemplars')}</p>}
      <SegmentList
        codings={exemplars}
        codes={codes}
        sourceName={s.sourceName}
        onOpen={s.openSegment}
        action={(segment) => (
          <button type="button" className="link-button" onClick={() => void s.run(async () => void (await call('DELETE /api/themes/:id/exemplars/:segment', { id: th.id, segment })))}>
            {t('define.removeExemplar')}
          </button>
        )}
      />
      <h2>{t('define.pick')}</h2>
      <SegmentList
        codings={(evidence.data ?? []).filter((c) => !th.exemplars.includes(c.segment.id))}
        codes={codes}
        sourceName={s.sourceName}
        onOpen={s.openSegment}
        action={(segment) => (
          <button type="button" className="link-button" onClick={() => void s.run(async () => void (await call('POST /api/themes/:id/exemplars', { id: th.id, segment })))}>
            {t('define.useExemplar')}
          </button>
        )}
      />
    </div>
  );
}

/** Phase 5, define and name: a theme's name and definition, exemplar quotes, and for cross-cutting themes the relation, note and a summary per perspective. */
export function DefineView(props: { screen: ScreenProps }) {
  const { t } = useI18n();
  const themes = useApi('GET /api/themes', {}, props.screen.version);
  const [picked, setPicked] = useState<string | null>(null);
  const list = themes.data ?? [];
  const theme = list.find((x) => x.id === picked) ?? list[0] ?? null;
  return (
    <div className="screen define">
      <h1 className="screen-title">{t('define.title')}</h1>
      {list.length === 0 ? (
        <p className="empty big">{t('define.empty')}</p>
      ) : (
        <div className="review-columns">
          <ul className="review-themes" aria-label={t('review.themes')}>
            {list.map((th) => (
              <li key={th.id}>
                <button type="button" className={`where-item${th.id === theme?.id ? ' selected' : ''}`} aria-current={th.id === theme?.id ? 'true' : undefined} onClick={() => setPicked(th.id)}>
                  <span className="code-dot" style={{ background: props.screen.colorOf(th.perspective) }} aria-hidden="true" />
                  {th.parent ? '↳ ' : ''}{th.name}
                </button>
              </li>
            ))}
          </ul>
          {theme && <ThemeEditor key={theme.id} theme={theme} screen={props.screen} />}
        </div>
      )}
    </div>
  );
}
