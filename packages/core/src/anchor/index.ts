/**
 * Text anchoring: describing a segment as position + quote + context, finding a quote in a
 * text, and re-anchoring segments after the text changed. Pure functions; offsets are UTF-16
 * code units of normalised text.
 */
export type { AnchoredSegment, EditRegion, ReanchorOutcome, ReanchorResult, TextAnchor, TextRange } from './anchor-types.js';
export { CONTEXT_LENGTH, describeSegment } from './describe-segment.js';
export { locateQuote, type LocateQuoteOptions, type QuoteMatch } from './locate-quote.js';
export type { ClosestMatch } from './closest-match.js';
export { diffTexts } from './text-diff.js';
export { mapNewToOld, mapOldToNew, type OffsetBias } from './edit-map.js';
export { reanchorSegments } from './reanchor.js';
