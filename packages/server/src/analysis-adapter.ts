import { PolyphonyError } from '@polyphony/core';
import type { Project } from '@polyphony/store';
import type { AnalysisPort } from './analysis-port.js';

/** The store's `Project` as the analysis phases' port (see `fromStore` for the rest). */
export function analysisFromStore(project: Project): AnalysisPort {
  return {
    setCodingComment: (id, comment) => project.setCodingComment(id, comment),
    // The store has no "change code" of its own: coding the same offsets with the new code and
    // removing the old coding in one transaction keeps it one batch, so one undo reverts it.
    recode: (codingId, code) =>
      project.transaction(async (p) => {
        const old = (await p.listCodings()).find((c) => c.id === codingId);
        if (!old) throw new PolyphonyError('not_found', `No coding has the id "${codingId}"`, { coding: codingId });
        // TODO(store): read the one segment with `listSegments` once it lands; a recode is rare.
        const segment = (await p.snapshot()).segments.find((s) => s.id === old.segment);
        if (!segment) throw new PolyphonyError('not_found', `No segment has the id "${old.segment}"`, { segment: old.segment });
        const made = await p.code({ source: segment.source, code, coder: old.coder, start: segment.start, end: segment.end, comment: old.comment });
        if (made.coding.id !== old.id) await p.uncode(old.id);
        return made;
      }),
    deleteTheme: (id) => project.deleteTheme(id),
    addExemplar: (theme, segment) => project.addExemplar(theme, segment),
    removeExemplar: (theme, segment) => project.removeExemplar(theme, segment),
    listOrphans: () => project.listOrphans(),
    reattachSegment: (id, target) => project.reattachSegment(id, target),
    deleteSegment: (id) => project.deleteSegment(id),
  };
}
