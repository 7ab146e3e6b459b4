import type { CodeDto, CodingDto } from '@polyphony/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** Segments (one row per segment, its codes listed) with a jump to the transcript and an optional action. */
export function SegmentList(props: {
  codings: CodingDto[];
  codes: ReadonlyMap<string, CodeDto>;
  sourceName(id: string): string;
  onOpen(source: string, start: number, end: number): void;
  action?(segmentId: string): ReactNode;
}) {
  const { t } = useI18n();
  const bySegment = new Map<string, CodingDto[]>();
  for (const c of props.codings) bySegment.set(c.segment.id, [...(bySegment.get(c.segment.id) ?? []), c]);
  if (bySegment.size === 0) return <p className="empty">{t('review.noSegments')}</p>;
  return (
    <ul className="segment-list">
      {[...bySegment.values()].map((group) => {
        const seg = group[0]!.segment;
        return (
          <li key={seg.id}>
            <blockquote>“{seg.exact.length > 400 ? `${seg.exact.slice(0, 400)}…` : seg.exact}”</blockquote>
            <div className="segment-meta">
              <span>{seg.participant ?? t('transcript.interviewer')} · {props.sourceName(seg.source)}</span>
              <span className="segment-codes">{group.map((c) => props.codes.get(c.coding.code)?.name ?? c.coding.code).join(', ')}</span>
              {seg.status === 'orphan' && <span className="badge">{t('review.orphan')}</span>}
              <span className="spacer" />
              {props.action?.(seg.id)}
              {seg.status === 'anchored' && (
                <button type="button" className="link-button" onClick={() => props.onOpen(seg.source, seg.start, seg.end)}>
                  {t('review.showInTranscript')}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
