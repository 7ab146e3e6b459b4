#!/usr/bin/env node
// Bounded input (issue 7): peak memory and time of reading the hostile .docx files from the
// issue, a real-size Word transcript and a 1,000-transcript REFI-QDA project, each in a fresh
// process, because peak RSS is a figure per process. Prints one JSON object; run after
// `npm run build`:
//   node bench/bounded-input.bench.mjs
// Each case is read twice: by the reader in the process itself, and through the import worker
// the server uses (a worker thread with a capped heap), whose memory counts in the same process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { generateCorpus } from './corpus.mjs';

const MB = 1024 * 1024;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A docx whose word/document.xml is written piece by piece (never held whole). */
function docx(writeDocument) {
  const parts = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const types = new ZipDeflate('[Content_Types].xml');
  zip.add(types);
  types.push(strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), true);
  const document = new ZipDeflate('word/document.xml', { level: 6 });
  zip.add(document);
  let xmlBytes = 0;
  const write = (s) => {
    const bytes = typeof s === 'string' ? strToU8(s) : s;
    xmlBytes += bytes.length;
    document.push(bytes);
  };
  write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>`);
  writeDocument(write);
  document.push(strToU8('</w:body></w:document>'), true);
  xmlBytes += '</w:body></w:document>'.length;
  zip.end();
  return { bytes: Buffer.concat(parts), xmlBytes };
}

/** The file: megabytes of spaces, between elements or inside one run of text. */
function spaces(mb, inside) {
  const megabyte = new Uint8Array(MB).fill(0x20);
  return docx((write) => {
    write(inside ? '<w:p><w:r><w:t xml:space="preserve">J1: hei' : '<w:p><w:r><w:t>J1: hei</w:t></w:r></w:p>');
    for (let i = 0; i < mb; i++) write(megabyte);
    if (inside) write('</w:t></w:r></w:p>');
  });
}

/**
 * A 300,000-word interview in the markup Word writes: revision ids on every paragraph and run,
 * paragraph and run properties with fonts and language, a bold speaker label, proofing marks,
 * and a new run every `wordsPerRun` words (Word splits runs at every edit and spelling mark).
 */
function wordTranscript(words, wordsPerRun) {
  const vocabulary = 'og jeg det er som på en til ikke med har var de vi jobb møte terapeut støtte økonomi arbeid timer kollega sykepleier the and meeting job work support money hours'.split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const rsid = () => next().toString(16).toUpperCase().padStart(8, '0').slice(0, 8);
  const font = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:lang w:val="nb-NO"/>';
  return docx((write) => {
    let written = 0;
    for (let turn = 0; written < words; turn++) {
      const speaker = turn % 2 === 0 ? 'Intervjuer' : 'J1';
      const length = turn % 2 === 0 ? 15 + (next() % 20) : 60 + (next() % 80);
      let p = `<w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}" w:rsidP="${rsid()}"><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/><w:rPr>${font}</w:rPr></w:pPr>`;
      p += `<w:r w:rsidRPr="${rsid()}"><w:rPr>${font}<w:b/><w:bCs/></w:rPr><w:t>${speaker}:</w:t></w:r>`;
      for (let w = 0; w < length; w += wordsPerRun) {
        const text = Array.from({ length: Math.min(wordsPerRun, length - w) }, () => vocabulary[next() % vocabulary.length]).join(' ');
        if (next() % 7 === 0) p += '<w:proofErr w:type="spellStart"/>';
        p += `<w:r w:rsidRPr="${rsid()}"><w:rPr>${font}</w:rPr><w:t xml:space="preserve"> ${text}</w:t></w:r>`;
      }
      write(`${p}</w:p>`);
      written += length;
    }
  });
}

/** A project of `count` generated 10,000-word interviews, each with ten coded segments, as .qdpx. */
async function projectArchive(count) {
  const { exportQdpx } = await import('@polyphony/formats');
  const corpus = generateCorpus(count, 10_000);
  const at = '2024-03-01T10:00:00.000Z';
  const sources = corpus.map((t, i) => ({
    id: `src-${i}`, name: t.name, kind: 'interview', participant: null, text: t.text, revision: 1, format: 'txt', createdAt: at,
    turns: [{ seq: 0, speaker: '', participant: null, isInterviewer: false, start: 0, end: t.text.length, textStart: 0, startMs: null, endMs: null }],
  }));
  const segments = sources.flatMap((s) => Array.from({ length: 10 }, (_, k) => {
    const start = Math.floor((s.text.length * k) / 10);
    return { id: `${s.id}-seg-${k}`, source: s.id, start, end: start + 20, exact: s.text.slice(start, start + 20), prefix: s.text.slice(Math.max(0, start - 32), start), suffix: s.text.slice(start + 20, start + 52), revision: 1, status: 'anchored', participant: null };
  }));
  const snapshot = {
    id: '2f0c6a55-0000-4000-8000-000000000009', name: 'Bench', phase: 2, perspectives: [], cases: [], participants: [], coders: [{ id: 'ann', name: 'Ann' }],
    sources, codes: [{ id: 'c-1', name: 'Code', description: '', color: '#0072b2', parent: null, createdBy: 'ann', createdAt: at }], segments,
    codings: segments.map((g) => ({ id: `k-${g.id}`, code: 'c-1', segment: g.id, coder: 'ann', comment: '', createdAt: at })), memos: [], themes: [],
  };
  const bytes = exportQdpx(snapshot, { now: new Date(at) });
  return { bytes, xmlBytes: null, textCharacters: sources.reduce((n, s) => n + s.text.length, 0) };
}

/** Child: reads one file, by the reader in this process or through the import worker. */
async function measure(file, via) {
  const bytes = fs.readFileSync(file);
  const name = path.basename(file);
  const kind = name.endsWith('.qdpx') ? 'qdpx' : 'transcript';
  const started = performance.now();
  const out = { via };
  try {
    let read;
    if (via === 'worker') {
      const { createWorkerParser } = await import('@polyphony/app');
      const worker = createWorkerParser();
      read = await worker.parse(kind, { name, bytes });
      await worker.close();
    } else {
      const { parseInput } = await import('@polyphony/app');
      read = parseInput(kind, { name, bytes });
    }
    Object.assign(out, kind === 'qdpx'
      ? { outcome: 'read', sources: read.snapshot.sources.length, segments: read.snapshot.segments.length }
      : { outcome: 'read', characters: read.text.length, turns: read.turns.length });
  } catch (e) {
    Object.assign(out, { outcome: 'refused', code: e.code ?? 'exception', message: e.message });
  }
  out.ms = Math.round(performance.now() - started);
  out.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify(out));
}

if (process.argv[2] === '--measure') {
  await measure(process.argv[3], process.argv[4]);
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polyphony-bounded-'));
  const self = fileURLToPath(import.meta.url);
  const log = (s) => process.stderr.write(s + '\n');
  const cases = {
    'spaces-190mb-between-elements': () => spaces(190, false),
    'spaces-64mb-between-elements': () => spaces(64, false),
    'spaces-64mb-inside-a-run': () => spaces(64, true),
    'words-300k-word-markup': () => wordTranscript(300_000, 8),
    'words-300k-one-run-per-word': () => wordTranscript(300_000, 1),
    'qdpx-1000-interviews-of-10k-words': () => projectArchive(1_000),
  };
  const result = { machine: { cpus: os.cpus().length, node: process.version } };
  try {
    const idle = spawnSync(process.execPath, ['-e', 'import("@polyphony/app").then(() => process.stdout.write(String(Math.round(process.resourceUsage().maxRSS / 1024))))'], { encoding: 'utf8', cwd: path.dirname(self) });
    result.baselinePeakRssMb = Number(idle.stdout);
    for (const [name, build] of Object.entries(cases)) {
      log(`${name}…`);
      const { bytes, xmlBytes, textCharacters } = await build();
      const file = path.join(dir, `${name}${name.startsWith('qdpx') ? '.qdpx' : '.docx'}`);
      fs.writeFileSync(file, bytes);
      const runs = ['reader', 'worker'].map((via) => {
        const r = spawnSync(process.execPath, [self, '--measure', file, via], { encoding: 'utf8', cwd: path.dirname(self) });
        if (r.status !== 0) return { via, outcome: 'crashed', status: r.status, stderr: r.stderr.slice(-500) };
        return JSON.parse(r.stdout);
      });
      result[name] = { fileBytes: bytes.length, ...(xmlBytes === null ? { textCharacters } : { documentXmlBytes: xmlBytes }), runs };
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
