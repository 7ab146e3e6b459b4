import { useCallback, useEffect, useRef, useState } from 'react';
import type { SourceCodingDto } from '@polyphony/core';
import { ApiError, call } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { CodeTree } from '../components/CodeTree.js';
import { CodingPopover } from '../components/CodingPopover.js';
import { CodePicker, type PickResult } from '../components/CodePicker.js';
import { ContextPane } from '../components/ContextPane.js';
import { Rail } from '../components/Rail.js';
import { SearchView } from '../components/SearchView.js';
import { SourcesPane } from '../components/SourcesPane.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { ReportView } from '../report/ReportView.js';
import { ExchangeScreens } from '../exchange/ExchangeScreens.js';
import type { TextSelection } from '../transcript/selection.js';
import { Transcript } from '../transcript/Transcript.js';
import { toLean } from '../transcript/source-codings.js';
import { useSourceCodings } from '../transcript/use-source-codings.js';
import type { RunOptions } from '../phases/screen-props.js';
import { perspectiveColor } from '../util/colors.js';
import { useRoute } from './route.js';
import { useAnalysisPhases } from '../phases/use-analysis-phases.js';
import { PhaseScreens } from '../phases/PhaseScreens.js';
import { PhaseStepper } from '../phases/PhaseStepper.js';
import { CoderFilter, byCoder } from '../phases/CoderFilter.js';
import { ParticipantCard } from '../phases/ParticipantCard.js';
import { useShortcuts } from './use-shortcuts.js';
import { DrawerToggles, PANE_IDS, useDrawers } from './Drawers.js';

const NO_CODINGS: SourceCodingDto[] = [];

/** `coding.create.undo, segment.create` → `coding create`: the first action, without log suffixes. */
function humanAction(action: string): string {
  return (action.split(', ')[0] ?? action).replace(/\.(undo|redo)$/, '').replace(/\./g, ' ');
}

/** The workbench: rail, sources and codes, the current screen, and the context pane. */
export function App() {
  const { t } = useI18n();
  const [route, navigate] = useRoute();
  const [version, setVersion] = useState(0);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [picking, setPicking] = useState(false);
  const [toast, setToast] = useState<string>('');
  const [activeCode, setActiveCode] = useState<string | null>(null);
  // Bumped after changes that may touch the open source's codings (undo, redo, a code deleted);
  // coding in the transcript updates the list in place and leaves it alone.
  const [codingsVersion, setCodingsVersion] = useState(0);
  const drawers = useDrawers();
  const reload = useCallback(() => {
    setVersion((v) => v + 1);
    setCodingsVersion((v) => v + 1);
  }, []);

  const info = useApi('GET /api/project', {}, version);
  const perspectives = useApi('GET /api/perspectives', {}, version);
  const cases = useApi('GET /api/cases', {}, version);
  const participants = useApi('GET /api/participants', {}, version);
  const sources = useApi('GET /api/sources', {}, version);
  const codes = useApi('GET /api/codes', {}, version);
  const sourceId = route.screen === 'phase' ? route.source : null;
  // The lean codings (offsets, code, coder) carry the text's revision; the text itself (megabytes
  // for a long meeting) is read when the source opens and again only when that revision moves.
  const sourceCodings = useSourceCodings(sourceId, codingsVersion);
  const [textStamp, setTextStamp] = useState(0);
  const source = useApi('GET /api/sources/:id', { id: sourceId ?? '' }, textStamp, sourceId === null);
  const askedRevision = useRef<number | undefined>(undefined);
  useEffect(() => {
    const want = sourceCodings.revision;
    if (!source.data || source.data.id !== sourceId || want === undefined || source.data.revision === want || askedRevision.current === want) return;
    askedRevision.current = want;
    setTextStamp((n) => n + 1);
  }, [source.data, sourceId, sourceCodings.revision]);
  const codingList = sourceCodings.list ?? NO_CODINGS;
  const memos = useApi('GET /api/memos', { targetKind: 'source', targetId: sourceId ?? '' }, version, sourceId === null);
  const journal = useApi('GET /api/journal', {}, version);
  const whereUsed = useApi('GET /api/codes/:id/codings', { id: activeCode ?? '' }, version, activeCode === null);
  const phase = route.screen === 'phase' ? route.phase : 0;
  const table = useApi('GET /api/theme-table', {}, version, phase !== 6);
  const triangulation = useApi('GET /api/triangulation', {}, version, phase !== 6);

  const order = (perspectives.data ?? []).map((p) => p.id);
  const colorOf = (p: string | null) => perspectiveColor(order, p);

  const run = useCallback(
    async (action: () => Promise<string | void>, opts?: RunOptions) => {
      try {
        const message = await action();
        if (message) setToast(message);
        if (opts?.codingsUpToDate) setVersion((v) => v + 1);
        else reload();
      } catch (e) {
        setToast(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
      }
    },
    [reload, t],
  );

  useShortcuts({
    onCode: () => selection && sourceId && setPicking(true),
    onUndo: () => void run(async () => t('undo.done', { action: humanAction((await call('POST /api/undo', {})).action) })),
    onRedo: () => void run(async () => t('redo.done', { action: humanAction((await call('POST /api/redo', {})).action) })),
    disabled: picking,
  });

  useEffect(() => setSelection(null), [sourceId]);
  useEffect(() => {
    if (!toast) return;
    const id = window.setTimeout(() => setToast(''), 4000);
    return () => window.clearTimeout(id);
  }, [toast]);

  const phases = useAnalysisPhases({ project: info.data?.name ?? '', selection, sourceId, codes: codes.data ?? [], codings: codingList, sourceCodings, run, navigate, route, t });

  const pick = (r: PickResult) => {
    setPicking(false);
    const sel = selection;
    if (!sel || !sourceId) return;
    // A new code has no id yet: its highlight shows in neutral grey until the reload.
    const ticket = sourceCodings.begin({ code: r.kind === 'existing' ? r.id : `new:${r.name}`, start: sel.start, end: sel.end });
    void run(async () => {
      try {
        const code = r.kind === 'existing' ? r.id : (await call('POST /api/codes', { name: r.name })).id;
        const made = await call('POST /api/codings', { source: sourceId, code, start: sel.start, end: sel.end });
        sourceCodings.saved(ticket, toLean(made));
      } catch (e) {
        sourceCodings.failed(ticket);
        throw e;
      }
      window.getSelection()?.removeAllRanges();
      const name = r.kind === 'new' ? r.name : (codes.data?.find((c) => c.id === r.id)?.name ?? '');
      return t('coded.done', { name });
    }, { codingsUpToDate: true });
  };

  if (info.error?.status === 401) return <main className="gate"><p>{t('app.unauthorized')}</p></main>;
  if (!info.data) return <main className="gate"><p>{info.error ? t('app.error', { message: info.error.message }) : t('app.loading')}</p></main>;

  const openSource = (id: string, at: number | null = null) => {
    drawers.close();
    openSourceAt(id, at);
  };
  const openSourceAt = (id: string, at: number | null) => navigate({ screen: 'phase', phase: phase >= 1 && phase <= 2 ? phase : 2, source: id, at });
  const sourceName = (id: string) => sources.data?.find((s) => s.id === id)?.name ?? id;
  const showWorkbench = route.screen === 'phase' && route.phase <= 2;
  // The board, report and search need the width more than the context pane.
  const showContext = showWorkbench;

  return (
    <div className={(showContext ? 'app' : 'app wide') + drawers.className}>
      <Rail route={route} currentPhase={info.data.phase} navigate={navigate} setPhase={(p) => void run(async () => void (await call('PUT /api/project/phase', { phase: p as 1 })))} />
      <div className="left" id={PANE_IDS.side}>
        <header className="project-head">
          <div className="project-name">{info.data.name}</div>
          <div className="project-phase">
            {t('phase.current')}: {t(`phase.${info.data.phase}` as MessageKey)}
          </div>
        </header>
        <h2 className="pane-title">{t('sources.title')}</h2>
        <SourcesPane sources={sources.data ?? []} perspectives={perspectives.data ?? []} cases={cases.data ?? []} selected={sourceId} onOpen={(id) => openSource(id)} isRead={phases.readStatus.isRead} />
        <h2 className="pane-title">{t('codes.title')}</h2>
        <CodeTree codes={codes.data ?? []} perspectives={perspectives.data ?? []} active={activeCode} onPick={(id) => setActiveCode(id === activeCode ? null : id)} actions={phases.codeTreeActions} />
      </div>
      <main className="center" id="main" onClick={(e) => phases.onTranscriptClick(e.target)}>
        <div className="toolbar">
          <DrawerToggles drawers={drawers} context={showContext} />
          {(route.screen === 'phase' || route.screen === 'review') && (
            <PhaseStepper viewing={route.screen === 'review' ? 4 : route.phase} current={info.data.phase} journal={journal.data ?? []} onSetPhase={phases.setPhase} onAddJournal={phases.addJournal} />
          )}
          {showWorkbench && <CoderFilter codings={codingList} coder={phases.coder} onChange={phases.setCoder} />}
          <span className="spacer" />
          <button type="button" className="button" onClick={() => void run(async () => t('undo.done', { action: humanAction((await call('POST /api/undo', {})).action) }))}>
            ↶ {t('undo.button')}
          </button>
          <button type="button" className="button" onClick={() => void run(async () => t('redo.done', { action: humanAction((await call('POST /api/redo', {})).action) }))}>
            ↷ {t('redo.button')}
          </button>
        </div>
        {showWorkbench &&
          (source.data && sourceId && source.data.id === sourceId ? (
            <Transcript
              source={source.data}
              codings={byCoder(codingList, phases.coder)}
              codes={codes.data ?? []}
              participants={participants.data ?? []}
              colorOf={colorOf}
              focusAt={route.screen === 'phase' ? route.at : null}
              onSelect={setSelection}
            />
          ) : (
            <p className="empty big">{source.error ? source.error.message : t('transcript.pick')}</p>
          ))}
        <PhaseScreens route={route} phases={phases} screen={{ version, run, perspectives: perspectives.data ?? [], codes: codes.data ?? [], colorOf, sourceName, openSegment: phases.openSegment, openReview: phases.openReview }} />
        {route.screen === 'phase' && route.phase === 6 && table.data && triangulation.data && (
          <ReportView table={table.data} triangulation={triangulation.data} colorOf={colorOf} version={version} />
        )}
        {route.screen === 'search' && (
          <SearchView q={route.q} version={version} onSearch={(q) => navigate({ screen: 'search', q })} onOpen={(id, at) => openSource(id, at)} codes={codes.data ?? []} perspectiveOrder={order} run={run} />
        )}
        <ExchangeScreens route={route} version={version} reload={reload} run={run} />
      </main>
      {showContext && <ContextPane
        selection={showWorkbench ? selection : null}
        codings={codingList}
        codes={codes.data ?? []}
        onCode={() => setPicking(true)}
        onInVivo={phases.inVivo}
        codingActions={phases.codingActions}
        reattach={phases.reattachBanner}
        familiarise={sourceId && source.data?.id === sourceId ? (
          <ParticipantCard source={source.data} participants={participants.data ?? []} perspectives={perspectives.data ?? []} cases={cases.data ?? []} colorOf={colorOf} read={phases.readStatus.isRead(sourceId)} onToggleRead={() => phases.readStatus.toggle(sourceId)} />
        ) : null}
        whereUsed={
          activeCode && whereUsed.data
            ? { code: codes.data?.find((c) => c.id === activeCode) ?? (codes.data?.[0] as never), codings: whereUsed.data, sourceName, onJump: phases.openSegment }
            : null
        }
        memos={sourceId && showWorkbench ? (memos.data ?? []) : null}
        onAddMemo={(text) => run(async () => void (await call('POST /api/memos', { text, targetKind: 'source', targetId: sourceId })))}
        journal={(journal.data ?? []).filter((m) => m.phase === info.data?.phase)}
        onAddJournal={(text) => run(async () => void (await call('POST /api/memos', { text, targetKind: 'project', phase: info.data?.phase ?? null })))}
      />}
      {phases.popover && <CodingPopover codings={phases.popover.codings} codes={codes.data ?? []} at={phases.popover} actions={phases.codingActions} onClose={phases.closePopover} />}
      {picking && selection && <CodePicker codes={codes.data ?? []} quote={selection.quote} onPick={pick} onClose={() => setPicking(false)} />}
      <div className="toast" role="status" aria-live="polite">{toast}</div>
    </div>
  );
}
