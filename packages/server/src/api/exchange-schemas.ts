import type { ApiInput, ExchangeApi } from '@polyphony/core';
import { z } from 'zod';

const q = z.string().trim().min(1, 'Type something to search for').max(500);
const offset = z.coerce.number().int().min(0).max(10_000_000).optional();

/** One zod schema per report, search, exchange and log route (see `schemas.ts` for the rest). */
export const exchangeSchemas: { [R in keyof ExchangeApi]: z.ZodType<ApiInput<R>, unknown> } = {
  'GET /api/matrix': z.object({ cols: z.string().trim().min(1).max(200).optional() }),
  'GET /api/search/hits': z.object({ q, offset, limit: z.coerce.number().int().min(1).max(100).optional() }),
  'GET /api/search/code-all': z.object({ q }),
  'POST /api/search/code-all': z.object({ q, code: z.string().min(1).max(200) }),
  'GET /api/log/page': z.object({ offset, limit: z.coerce.number().int().min(1).max(500).optional() }),
  'GET /api/export/formats': z.object({}),
};
