import { memo } from 'react';
import { Chip } from '../components/Chip.js';
import { tint } from '../util/colors.js';
import type { Block } from './blocks.js';
import { splitRuns, stripeBox, type Mark } from './runs.js';

/** How a code looks in the text: its colour and name (looked up once per code, not per run). */
export interface CodeLook {
  color: string;
  name: string;
}

const UNKNOWN: CodeLook = { color: '#888888', name: '' };

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * One speaker turn: the chip, the words cut into highlighted runs, and one margin stripe per
 * code. Memoised on plain props, so that scrolling a long transcript re-renders only the turns
 * that come into view and a new coding re-renders only the turns it touches.
 */
export const TurnBlock = memo(function TurnBlock(props: {
  index: number;
  block: Block;
  text: string;
  marks: readonly Mark[];
  looks: ReadonlyMap<string, CodeLook>;
  chipColor: string;
  interviewerLabel: string;
  onRunClick(start: number, end: number): void;
}) {
  const { block: b, marks } = props;
  const look = (code: string) => props.looks.get(code) ?? UNKNOWN;
  const stripeCodes = [...new Set(marks.map((m) => m.code))];
  const turn = b.turn;
  const participant = turn?.participant ?? null;
  return (
    // flow-root keeps the turn's bottom margin inside the slot, so its measured height is exact.
    // Its own layer means a turn scrolling into view paints itself only, not the whole column
    // (measured: p95 frame time while scrolling a 5,000-turn meeting roughly halves).
    <div className="turn-slot" data-index={props.index} style={{ display: 'flow-root', willChange: 'transform' }}>
      <div className={`turn${turn?.isInterviewer ? ' interviewer' : ''}`}>
        <div className="stripes" aria-hidden="true" style={{ width: `${Math.max(1, stripeCodes.length) * 6}px` }}>
          {marks.map((m) => {
            const box = stripeBox(b, m);
            return (
              <span
                key={m.codingId}
                className="stripe"
                title={look(m.code).name}
                style={{ left: `${stripeCodes.indexOf(m.code) * 6}px`, top: `${box.top * 100}%`, height: `${box.height * 100}%`, background: look(m.code).color }}
              />
            );
          })}
        </div>
        <div className="turn-body">
          {turn && (
            <div className="speaker">
              {participant ? (
                <Chip label={participant} color={props.chipColor} />
              ) : (
                <span className="speaker-name">{turn.isInterviewer ? props.interviewerLabel : turn.speaker}</span>
              )}
              {turn.startMs !== null && <time className="timestamp">{clock(turn.startMs)}</time>}
            </div>
          )}
          <p className="words">
            {splitRuns(b.start, b.end, marks).map((r) => {
              const first = r.marks[0];
              const second = r.marks[1];
              const style = first
                ? {
                    background: tint(look(first.code).color, 0.3),
                    boxShadow: second ? `inset 0 -3px 0 ${look(second.code).color}` : `inset 0 -2px 0 ${look(first.code).color}`,
                  }
                : undefined;
              return (
                <span
                  key={r.start}
                  data-start={r.start}
                  data-end={r.end}
                  className={first ? 'coded' : undefined}
                  data-codes={r.marks.map((m) => m.code).join(' ') || undefined}
                  title={r.marks.map((m) => look(m.code).name).join(', ') || undefined}
                  style={style}
                  onClick={first ? () => props.onRunClick(r.start, r.end) : undefined}
                >
                  {props.text.slice(r.start, r.end)}
                </span>
              );
            })}
          </p>
        </div>
      </div>
    </div>
  );
});
