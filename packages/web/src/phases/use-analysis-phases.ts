import type { CodeDto, SourceCodingDto } from '@polyphony/core';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import type { Route } from '../app/route.js';
import type { CodingActions } from '../components/CodingPopover.js';
import type { CodeTreeActions } from '../components/CodeTree.js';
import type { Translate } from '../i18n/i18n.js';
import type { TextSelection } from '../transcript/selection.js';
import { byCoder } from './CoderFilter.js';
import { codingsAt, highlightAt, useFlash } from './highlight.js';
import { inVivoName, useInVivoKey } from './in-vivo.js';
import { useReadStatus } from './read-status.js';
import { toLean } from '../transcript/source-codings.js';
import type { SourceCodings } from '../transcript/use-source-codings.js';
import type { RunOptions } from './screen-props.js';

/** Coding changes made here are applied to the open transcript directly (see useSourceCodings). */
const LOCAL: RunOptions = { codingsUpToDate: true };

/** An orphan waiting for the researcher to select its new text in the transcript. */
export interface ReattachBanner {
  exact: string;
  canAttach: boolean;
  attach(): void;
  cancel(): void;
}

/**
 * The state and actions of the analysis phases 1–5 that the workbench wires into its panes:
 * read-status, coder filter, the highlight popover, in-vivo coding, the code tree's edits,
 * jumps that flash a segment, the phase stepper and re-attaching orphans by selection.
 */
export function useAnalysisPhases(a: {
  project: string;
  selection: TextSelection | null;
  sourceId: string | null;
  codes: CodeDto[];
  codings: SourceCodingDto[];
  /** The open source's codings, changed here without reading them all again. */
  sourceCodings: SourceCodings;
  run(action: () => Promise<string | void>, opts?: RunOptions): Promise<void>;
  navigate(route: Route): void;
  route: Route;
  t: Translate;
}) {
  const { run, navigate, t } = a;
  const [coder, setCoder] = useState<string | null>(null);
  const [popover, setPopover] = useState<{ codings: SourceCodingDto[]; x: number; y: number } | null>(null);
  const [flash, setFlash] = useState<{ source: string; start: number; end: number } | null>(null);
  const [reattach, setReattach] = useState<{ segment: string; source: string; exact: string } | null>(null);
  const readStatus = useReadStatus(a.project);
  useFlash(flash);
  useEffect(() => setPopover(null), [a.sourceId]);

  const workPhase = a.route.screen === 'phase' && a.route.phase <= 2 ? a.route.phase : 2;
  const openSegment = useCallback(
    (source: string, start: number, end: number) => {
      setFlash({ source, start, end });
      navigate({ screen: 'phase', phase: workPhase, source, at: start });
    },
    [navigate, workPhase],
  );

  const inVivo = () => {
    const sel = a.selection;
    const source = a.sourceId;
    if (!sel || !source) return;
    const name = inVivoName(sel.quote);
    if (!name) return;
    void run(async () => {
      const existing = a.codes.find((c) => c.name.toLocaleLowerCase() === name.toLocaleLowerCase());
      const code = existing?.id ?? (await call('POST /api/codes', { name })).id;
      const made = await call('POST /api/codings', { source, code, start: sel.start, end: sel.end });
      a.sourceCodings.apply({ kind: 'add', coding: toLean(made) });
      window.getSelection()?.removeAllRanges();
      return t('invivo.done', { name });
    }, LOCAL);
  };
  useInVivoKey(inVivo);

  const codeTreeActions: CodeTreeActions = {
    update: (id, patch) => run(async () => void (await call('PATCH /api/codes/:id', { id, ...patch }))),
    remove: (id) =>
      run(async () => {
        const name = a.codes.find((c) => c.id === id)?.name ?? id;
        await call('DELETE /api/codes/:id', { id });
        return t('codeTree.deleted', { name });
      }),
  };

  const codingActions: CodingActions = {
    recode: (id, code) =>
      run(async () => {
        setPopover(null);
        a.sourceCodings.apply({ kind: 'update', coding: toLean(await call('PATCH /api/codings/:id', { id, code })) });
        return t('popover.recoded', { name: a.codes.find((c) => c.id === code)?.name ?? code });
      }, LOCAL),
    comment: (id, text) =>
      run(async () => {
        setPopover(null);
        a.sourceCodings.apply({ kind: 'update', coding: toLean(await call('PATCH /api/codings/:id', { id, comment: text })) });
        return t('popover.commented');
      }, LOCAL),
    remove: (id) =>
      run(async () => {
        setPopover(null);
        await call('DELETE /api/codings/:id', { id });
        a.sourceCodings.apply({ kind: 'remove', id });
        return t('popover.removed');
      }, LOCAL),
  };

  const onTranscriptClick = (target: EventTarget | null) => {
    const hit = highlightAt(target);
    if (!hit) return;
    const here = codingsAt(byCoder(a.codings, coder), hit.offset);
    if (here.length > 0) setPopover({ codings: here, x: hit.x, y: hit.y });
  };

  const sel = a.selection;
  const reattachBanner: ReattachBanner | null = reattach
    ? {
        exact: reattach.exact,
        canAttach: sel !== null && a.sourceId === reattach.source,
        attach: () => {
          if (!sel) return;
          void run(async () => {
            await call('POST /api/segments/:id/reattach', { id: reattach.segment, start: sel.start, end: sel.end });
            setReattach(null);
            return t('orphans.reattached');
          });
        },
        cancel: () => setReattach(null),
      }
    : null;

  return {
    coder,
    setCoder,
    popover,
    closePopover: () => setPopover(null),
    readStatus,
    inVivo,
    codeTreeActions,
    codingActions,
    onTranscriptClick,
    openSegment,
    openReview: (theme: string | null, code: string | null) => navigate({ screen: 'review', theme, code }),
    setPhase: (phase: number) => {
      void run(async () => {
        await call('PUT /api/project/phase', { phase: phase as 1 });
        return t('stepper.moved', { name: t(`phase.${phase}` as 'phase.1') });
      });
      if (a.route.screen !== 'phase' || a.route.phase !== phase) navigate({ screen: 'phase', phase, source: a.sourceId, at: null });
    },
    addJournal: (phase: number, text: string) => run(async () => void (await call('POST /api/memos', { text, targetKind: 'project', phase: phase as 1 }))),
    reattachBanner,
    reattachBySelection: (segment: string, source: string, exact: string) => {
      setReattach({ segment, source, exact });
      navigate({ screen: 'phase', phase: 2, source, at: null });
    },
  };
}

/** The phases' state and actions as the workbench holds them. */
export type AnalysisPhases = ReturnType<typeof useAnalysisPhases>;
