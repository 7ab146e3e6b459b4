/**
 * The JSON routes of the report, search, import/export and audit-log screens. Kept apart from
 * `ApiContract` so these screens' routes read as one group; the contract extends this interface,
 * so names stay unique by construction. File uploads and downloads are raw bodies, not JSON, and
 * are listed in `EXCHANGE_FILE_ROUTES`; their JSON answers are typed below.
 */
export interface ExchangeApi {
  /** Code × perspective, case or attribute: the heat map's numbers. */
  'GET /api/matrix': { input: { cols?: string }; output: MatrixDto };
  /** A page of search hits with the match cut out of its context. */
  'GET /api/search/hits': { input: { q: string; offset?: number; limit?: number }; output: SearchPageDto };
  /** What "code all hits" would do: how many matches in which sources. Changes nothing. */
  'GET /api/search/code-all': { input: { q: string }; output: CodeAllPreviewDto };
  /** Codes every match of the search with one code, in one transaction (one undo step). */
  'POST /api/search/code-all': { input: { q: string; code: string }; output: CodeAllResultDto };
  /** A page of the audit log, newest first. */
  'GET /api/log/page': { input: { offset?: number; limit?: number }; output: LogPageDto };
  /** Every export format the server can write. */
  'GET /api/export/formats': { input: Record<string, never>; output: ExportFormatDto[] };
}

/**
 * The raw-body routes (not JSON in, or not JSON out). Uploads send the file's bytes as
 * `application/octet-stream` with its name in `?name=`; downloads answer with
 * `Content-Disposition: attachment`.
 */
export const EXCHANGE_FILE_ROUTES = {
  /** POST a transcript (.txt, .docx, .vtt, .srt) → `FileImportResultDto` (422 when refused). */
  importTranscript: '/api/import/transcript',
  /** POST a participants CSV → `{ participants: n }`. */
  importParticipants: '/api/import/participants',
  /** POST an analysis .json → `ApplySummaryDto`. */
  applyAnalysis: '/api/import/analysis',
  /** POST a REFI-QDA codebook .qdc → `CodebookMergeDto`. */
  mergeCodebook: '/api/import/codebook',
  /** GET `?format=<id>` → the export file. */
  exportFile: '/api/export/file',
  /** GET `?format=md|docx|csv` → the report or the theme table as CSV. */
  reportFile: '/api/report/file',
  /** GET → a consistent copy of the whole project file (SQLite online backup). */
  backup: '/api/backup',
} as const;

/** One column of the matrix: its id (perspective id, case id or attribute value) and label. */
export interface MatrixColumnDto {
  id: string;
  label: string;
}

/** One code's row: segments and participants per column, in column order. */
export interface MatrixRowDto {
  code: string;
  name: string;
  color: string;
  cells: { segments: number; participants: number }[];
  total: { segments: number; participants: number };
}

/** The code matrix with what the heat map needs to label and switch it. */
export interface MatrixDto {
  cols: string;
  columns: MatrixColumnDto[];
  rows: MatrixRowDto[];
  /** Participant attributes the matrix can also be split by. */
  attributes: string[];
}

/** A search hit with its context split around the match, so the match can be marked safely. */
export interface SearchHitPartsDto {
  source: string;
  sourceName: string;
  participant: string | null;
  perspective: string | null;
  speaker: string;
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
}

/** One page of hits; `total` counts matching turns. */
export interface SearchPageDto {
  q: string;
  total: number;
  offset: number;
  hits: SearchHitPartsDto[];
}

/** The preview of "code all hits". */
export interface CodeAllPreviewDto {
  q: string;
  matches: number;
  sources: { source: string; sourceName: string; matches: number }[];
}

/** What "code all hits" did. */
export interface CodeAllResultDto {
  coded: number;
  /** Matches that already had this code (left as they were). */
  existing: number;
  sources: number;
}

/** One event of the audit log, with the entity it touched. */
export interface LogEventDto {
  id: string;
  batch: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  /** A readable name of the entity when the row has one (a code's name, a quote). */
  label: string;
}

/** A page of the audit log. */
export interface LogPageDto {
  offset: number;
  entries: LogEventDto[];
  hasMore: boolean;
}

/** An export format: its id, a description, and the file extension it is written to. */
export interface ExportFormatDto {
  id: string;
  description: string;
  extension: string;
}

/** What happened to one uploaded transcript. */
export interface FileImportResultDto {
  file: string;
  status: 'imported' | 'updated' | 'unchanged' | 'failed';
  source?: string;
  participant?: string | null;
  turns?: number;
  unmappedSpeakers?: string[];
  reanchored?: { stayed: number; moved: number; orphaned: number };
  warnings: string[];
  error?: { code: string; message: string };
}

/** What applying an analysis file created or found in place. */
export interface ApplySummaryDto {
  perspectives: number;
  codes: { created: number; updated: number };
  codings: { created: number; existing: number };
  themes: { created: number; updated: number };
  triangulation: number;
}

/** What merging a codebook did. */
export interface CodebookMergeDto {
  created: number;
  existing: number;
  /** What the file held that Polyphony cannot keep. */
  skipped: string[];
}
