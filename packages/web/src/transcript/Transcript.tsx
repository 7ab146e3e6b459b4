import type { CodeDto, CodingDto, Participant, Source } from '@polyphony/core';
import { useEffect, useMemo, useRef } from 'react';
import { Chip } from '../components/Chip.js';
import { useI18n } from '../i18n/i18n.js';
import { tint } from '../util/colors.js';
import { splitRuns, stripeBox, type Mark } from './runs.js';
import { readSelection, type TextSelection } from './selection.js';

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The blocks to render: one per speaker turn, or the whole text when there are no turns. */
function blocks(source: Source) {
  if (source.turns.length === 0) return [{ key: 'all', start: 0, end: source.text.length, turn: null }];
  return source.turns.map((turn) => ({ key: String(turn.seq), start: turn.textStart, end: turn.end, turn }));
}

/**
 * The transcript reader: a speaker chip at the start of each turn, the words with coloured
 * highlights, and one stripe per code in the margin beside the text (as NVivo and MAXQDA show).
 */
export function Transcript(props: {
  source: Source;
  codings: CodingDto[];
  codes: CodeDto[];
  participants: Participant[];
  colorOf(perspective: string | null): string;
  focusAt: number | null;
  onSelect(sel: TextSelection | null): void;
}) {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const codeById = useMemo(() => new Map(props.codes.map((c) => [c.id, c])), [props.codes]);
  const marks: Mark[] = useMemo(
    () =>
      props.codings
        .filter((c) => c.segment.status === 'anchored')
        .map((c) => ({ codingId: c.coding.id, code: c.coding.code, start: c.segment.start, end: c.segment.end })),
    [props.codings],
  );
  const perspectiveOf = useMemo(() => new Map(props.participants.map((p) => [p.id, p.perspective])), [props.participants]);
  const colorOfCode = (id: string) => codeById.get(id)?.color ?? '#888888';

  useEffect(() => {
    if (props.focusAt === null || !root.current) return;
    const runs = [...root.current.querySelectorAll<HTMLElement>('[data-start]')];
    const target = runs.find((r) => Number(r.dataset.end) > (props.focusAt ?? 0));
    target?.scrollIntoView({ block: 'center' });
  }, [props.focusAt, props.source.id, props.codings]);

  const onMouseUp = () => {
    if (root.current) props.onSelect(readSelection(root.current, props.source.text));
  };

  return (
    <article className="transcript" ref={root} aria-label={t('transcript.label', { name: props.source.name })} onMouseUp={onMouseUp} onKeyUp={onMouseUp}>
      <h1 className="transcript-title">{props.source.name}</h1>
      <p className="hint">{t('transcript.hint')}</p>
      {blocks(props.source).map((b) => {
        const inBlock = marks.filter((m) => m.end > b.start && m.start < b.end);
        const stripeCodes = [...new Set(inBlock.map((m) => m.code))];
        const turn = b.turn;
        const participant = turn?.participant ?? null;
        return (
          <div key={b.key} className={`turn${turn?.isInterviewer ? ' interviewer' : ''}`}>
            <div className="stripes" aria-hidden="true" style={{ width: `${Math.max(1, stripeCodes.length) * 6}px` }}>
              {inBlock.map((m) => {
                const box = stripeBox(b, m);
                return (
                  <span
                    key={m.codingId}
                    className="stripe"
                    title={codeById.get(m.code)?.name}
                    style={{ left: `${stripeCodes.indexOf(m.code) * 6}px`, top: `${box.top * 100}%`, height: `${box.height * 100}%`, background: colorOfCode(m.code) }}
                  />
                );
              })}
            </div>
            <div className="turn-body">
              {turn && (
                <div className="speaker">
                  {participant ? (
                    <Chip label={participant} color={props.colorOf(perspectiveOf.get(participant) ?? null)} />
                  ) : (
                    <span className="speaker-name">{turn.isInterviewer ? t('transcript.interviewer') : turn.speaker}</span>
                  )}
                  {turn.startMs !== null && <time className="timestamp">{clock(turn.startMs)}</time>}
                </div>
              )}
              <p className="words">
                {splitRuns(b.start, b.end, inBlock).map((r) => {
                  const first = r.marks[0];
                  const second = r.marks[1];
                  const style = first
                    ? {
                        background: tint(colorOfCode(first.code), 0.3),
                        boxShadow: second ? `inset 0 -3px 0 ${colorOfCode(second.code)}` : `inset 0 -2px 0 ${colorOfCode(first.code)}`,
                      }
                    : undefined;
                  return (
                    <span
                      key={r.start}
                      data-start={r.start}
                      data-end={r.end}
                      className={first ? 'coded' : undefined}
                      data-codes={r.marks.map((m) => m.code).join(' ') || undefined}
                      title={r.marks.map((m) => codeById.get(m.code)?.name ?? '').join(', ') || undefined}
                      style={style}
                      onClick={
                        first
                          ? () => {
                              if (window.getSelection()?.isCollapsed !== false)
                                props.onSelect({ start: r.start, end: r.end, quote: props.source.text.slice(r.start, r.end) });
                            }
                          : undefined
                      }
                    >
                      {props.source.text.slice(r.start, r.end)}
                    </span>
                  );
                })}
              </p>
            </div>
          </div>
        );
      })}
    </article>
  );
}
