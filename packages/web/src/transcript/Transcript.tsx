import type { CodeDto, Participant, Source, SourceCodingDto } from '@polyphony/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { blockAt, blocksOf, marksByBlock } from './blocks.js';
import { estimateHeight, Heights } from './heights.js';
import type { Mark } from './runs.js';
import { offsetWithin, scrollParentOf } from './scroll-parent.js';
import { readSelection, type TextSelection } from './selection.js';
import { stableLists } from './stable-lists.js';
import { TurnBlock, type CodeLook } from './TurnBlock.js';
import { useVisibleRange } from './use-visible-range.js';

/** Guesses for unrendered turns, from the stylesheet: 75ch column, 1.06rem × 1.6 lines, chip row and gap. */
const ESTIMATE = { charsPerLine: 82, lineHeight: 27, extra: 44 };
/** A selection being dragged keeps its first turn rendered, as long as it spans no more turns than this. */
const MAX_PINNED_SPAN = 400;

/**
 * The transcript reader: a speaker chip at the start of each turn, the words with coloured
 * highlights, and one stripe per code in the margin beside the text (as NVivo and MAXQDA show).
 * Only the turns near the viewport are in the page (a 300,000-word meeting has thousands of
 * turns); the rest are spacers sized from measured or estimated heights.
 */
export function Transcript(props: {
  source: Source;
  /** The source's codings (lean: offsets, code, coder). */
  codings: readonly SourceCodingDto[];
  codes: CodeDto[];
  participants: Participant[];
  colorOf(perspective: string | null): string;
  focusAt: number | null;
  onSelect(sel: TextSelection | null): void;
}) {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const { source } = props;
  const blocks = useMemo(() => blocksOf(source), [source]);
  const heights = useMemo(() => new Heights(blocks.map((b) => estimateHeight(b.end - b.start, ESTIMATE))), [blocks]);
  const looks = useMemo(() => new Map<string, CodeLook>(props.codes.map((c) => [c.id, { color: c.color, name: c.name }])), [props.codes]);
  const marks: Mark[] = useMemo(
    () =>
      props.codings.map((c) => ({ codingId: c.id, code: c.code, start: c.start, end: c.end })),
    [props.codings],
  );
  const previous = useRef<Mark[][]>([]);
  const byBlock = useMemo(() => (previous.current = stableLists(previous.current, marksByBlock(blocks, marks))), [blocks, marks]);
  const perspectiveOf = useMemo(() => new Map(props.participants.map((p) => [p.id, p.perspective])), [props.participants]);

  const { range, recompute } = useVisibleRange(list, heights);
  const [, setMeasured] = useState(0);
  const [pin, setPin] = useState<number | null>(null);
  const pendingFocus = useRef<number | null>(null);

  // The latest onSelect without re-rendering every turn when the parent passes a new function.
  const onSelect = useRef(props.onSelect);
  onSelect.current = props.onSelect;
  const onRunClick = useCallback(
    (start: number, end: number) => {
      if (window.getSelection()?.isCollapsed !== false) onSelect.current({ start, end, quote: source.text.slice(start, end) });
    },
    [source.text],
  );

  // Measure rendered turns; a changed height re-renders the spacers once per frame.
  const observer = useMemo(() => {
    let frame = 0;
    return new ResizeObserver((entries) => {
      let changed = false;
      for (const e of entries) {
        const el = e.target as HTMLElement;
        if (!el.isConnected) continue;
        const h = e.borderBoxSize[0]?.blockSize ?? el.getBoundingClientRect().height;
        if (heights.set(Number(el.dataset.index), h)) changed = true;
      }
      if (changed && !frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          setMeasured((n) => n + 1);
          recompute();
        });
    });
  }, [heights, recompute]);
  useEffect(() => () => observer.disconnect(), [observer]);
  // Observing an element again would report it again: only turns new to the page are added,
  // and turns that scrolled out are let go.
  const observed = useMemo(() => new Set<Element>(), [observer]);
  useLayoutEffect(() => {
    for (const el of observed) {
      if (!el.isConnected) {
        observer.unobserve(el);
        observed.delete(el);
      }
    }
    for (const el of list.current?.querySelectorAll<HTMLElement>(':scope > .turn-slot') ?? []) {
      if (!observed.has(el)) {
        observer.observe(el);
        observed.add(el);
      }
    }
  });

  // Jump to an offset (from "where used" or search): scroll its turn into the window, then centre the run.
  useEffect(() => {
    const el = list.current;
    if (props.focusAt === null || !el) return;
    const parent = scrollParentOf(el);
    parent.scrollTop = offsetWithin(el, parent) + heights.top(blockAt(blocks, props.focusAt)) - parent.clientHeight / 2;
    pendingFocus.current = props.focusAt;
    recompute();
  }, [props.focusAt, blocks, heights, recompute]);
  useLayoutEffect(() => {
    const at = pendingFocus.current;
    if (at === null || !list.current) return;
    const slot = list.current.querySelector(`[data-index="${blockAt(blocks, at)}"]`);
    if (!slot) return;
    const run = [...slot.querySelectorAll<HTMLElement>('[data-start]')].find((r) => Number(r.dataset.end) > at);
    (run ?? slot).scrollIntoView({ block: 'center' });
    pendingFocus.current = null;
  });

  let { first, last } = range;
  if (blocks.length === 0) last = -1;
  last = Math.min(last, blocks.length - 1);
  if (pin !== null && pin < blocks.length && Math.max(last, pin) - Math.min(first, pin) <= MAX_PINNED_SPAN) {
    first = Math.min(first, pin);
    last = Math.max(last, pin);
  }

  const onMouseUp = () => {
    if (root.current) props.onSelect(readSelection(root.current, source.text));
  };
  const onPointerDown = (e: React.PointerEvent) => {
    const slot = (e.target as Element).closest<HTMLElement>('[data-index]');
    setPin(slot ? Number(slot.dataset.index) : null);
  };

  const rendered = [];
  for (let i = first; i <= last; i++) {
    const b = blocks[i];
    if (!b) continue;
    const who = b.turn?.participant ?? null;
    rendered.push(
      <TurnBlock
        key={b.key}
        index={i}
        block={b}
        text={source.text}
        marks={byBlock[i] ?? []}
        looks={looks}
        chipColor={who ? props.colorOf(perspectiveOf.get(who) ?? null) : ''}
        interviewerLabel={t('transcript.interviewer')}
        onRunClick={onRunClick}
      />,
    );
  }

  return (
    <article
      className="transcript"
      ref={root}
      aria-label={t('transcript.label', { name: source.name })}
      onMouseUp={onMouseUp}
      onKeyUp={onMouseUp}
      onPointerDown={onPointerDown}
    >
      <h1 className="transcript-title">{source.name}</h1>
      <p className="hint">{t('transcript.hint')}</p>
      <div ref={list} className="turns" data-turns={blocks.length} data-rendered={rendered.length}>
        <div aria-hidden="true" style={{ height: `${heights.top(first)}px` }} />
        {rendered}
        <div aria-hidden="true" style={{ height: `${Math.max(0, heights.total() - heights.top(last + 1))}px` }} />
      </div>
    </article>
  );
}
