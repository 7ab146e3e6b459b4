import { PHASES, type ApiInput, type ApiRoute } from '@polyphony/core';
import { z } from 'zod';
import { analysisSchemas } from './analysis-schemas.js';
import { exchangeSchemas } from './exchange-schemas.js';

const id = z.string().min(1).max(200);
/**
 * A name is checked by the store's name rules (ADR 008: NFC, trimmed, nothing invisible, at most
 * 200 characters), which answer `invalid_name` (422) with the problem and its position; checking
 * a part of them here would answer the same mistake with another code. The body limit bounds it.
 */
const name = z.string();
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb');
const phase = z.coerce.number().int().min(1).max(PHASES.length).transform((n) => n as 1 | 2 | 3 | 4 | 5 | 6);
const none = z.object({});
const memoTarget = z.enum(['project', 'source', 'code', 'theme', 'coding']);
const themeStatus = z.enum(['candidate', 'reviewed', 'defined']);
const relation = z.enum(['convergent', 'divergent', 'complementary', 'silent']);
const offset = z.number().int().min(0);

const codeFields = {
  description: z.string().max(5000).optional(),
  color: color.optional(),
  parent: id.nullable().optional(),
};
const themeFields = {
  definition: z.string().max(20000).optional(),
  status: themeStatus.optional(),
  perspective: id.nullable().optional(),
  parent: id.nullable().optional(),
  relation: relation.nullable().optional(),
  note: z.string().max(20000).optional(),
  summaries: z.record(z.string(), z.string().max(20000)).optional(),
};

/**
 * One zod schema per route of the contract, validating the merged params, query and body.
 * The mapped type makes the compiler demand a schema for every route and check that what it
 * parses fits the contract's input type.
 */
export const inputSchemas: { [R in ApiRoute]: z.ZodType<ApiInput<R>, unknown> } = {
  'GET /api/project': none,
  'PUT /api/project/phase': z.object({ phase }),
  'GET /api/perspectives': none,
  'GET /api/cases': none,
  'GET /api/participants': none,
  'GET /api/sources': none,
  'GET /api/sources/:id': z.object({ id }),
  'GET /api/sources/:id/codings': z.object({ id }),
  'GET /api/sources/:id/lean-codings': z.object({ id }),
  'GET /api/codes': none,
  'POST /api/codes': z.object({ name, ...codeFields }),
  'PATCH /api/codes/:id': z.object({ id, name: name.optional(), ...codeFields }),
  'DELETE /api/codes/:id': z.object({ id }),
  'GET /api/codes/:id/codings': z.object({ id }),
  'POST /api/codings': z
    .object({
      source: id,
      code: id,
      start: offset.optional(),
      end: offset.optional(),
      quote: z.string().min(1).max(100_000).optional(),
      comment: z.string().max(5000).optional(),
    })
    .refine((v) => v.quote !== undefined || (v.start !== undefined && v.end !== undefined), {
      message: 'Give either start and end offsets or a quote',
    })
    .refine((v) => v.start === undefined || v.end === undefined || v.end > v.start, {
      message: 'end must be after start',
    }),
  'DELETE /api/codings/:id': z.object({ id }),
  'GET /api/themes': none,
  'POST /api/themes': z.object({ name, ...themeFields }),
  'PATCH /api/themes/:id': z.object({ id, name: name.optional(), ...themeFields }),
  'POST /api/themes/:id/codes': z.object({ id, code: id }),
  'DELETE /api/themes/:id/codes/:code': z.object({ id, code: id }),
  'GET /api/memos': z.object({ targetKind: memoTarget.optional(), targetId: id.optional() }),
  'POST /api/memos': z.object({
    text: z.string().trim().min(1, 'A memo cannot be empty').max(100_000),
    targetKind: memoTarget.optional(),
    targetId: id.nullable().optional(),
    phase: phase.nullable().optional(),
  }),
  'GET /api/journal': none,
  'POST /api/undo': none,
  'POST /api/redo': none,
  'GET /api/log': z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() }),
  'GET /api/search': z.object({ q: z.string().trim().min(1, 'Type something to search for').max(500) }),
  'GET /api/theme-table': none,
  'GET /api/triangulation': none,
  ...analysisSchemas,
  ...exchangeSchemas,
};
