import type { AnalysisApi, ApiInput } from '@polyphony/core';
import { z } from 'zod';

const id = z.string().min(1).max(200);
const offset = z.number().int().min(0);

/** One zod schema per analysis route (see `schemas.ts` for the contract's other routes). */
export const analysisSchemas: { [R in keyof AnalysisApi]: z.ZodType<ApiInput<R>, unknown> } = {
  'PATCH /api/codings/:id': z
    .object({ id, comment: z.string().max(5000).optional(), code: id.optional() })
    .refine((v) => v.comment !== undefined || v.code !== undefined, { message: 'Give a new code or a comment' }),
  'DELETE /api/themes/:id': z.object({ id }),
  'GET /api/themes/:id/codings': z.object({ id }),
  'POST /api/themes/:id/exemplars': z.object({ id, segment: id }),
  'DELETE /api/themes/:id/exemplars/:segment': z.object({ id, segment: id }),
  'GET /api/orphans': z.object({}),
  'POST /api/segments/:id/reattach': z
    .object({ id, start: offset.optional(), end: offset.optional(), quote: z.string().min(1).max(100_000).optional() })
    .refine((v) => v.quote !== undefined || (v.start !== undefined && v.end !== undefined), {
      message: 'Give either start and end offsets or a quote',
    })
    .refine((v) => v.start === undefined || v.end === undefined || v.end > v.start, { message: 'end must be after start' }),
  'DELETE /api/segments/:id': z.object({ id }),
};
