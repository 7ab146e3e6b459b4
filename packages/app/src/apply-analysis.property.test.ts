/**
 * Property test of the analysis-file reader through `applyAnalysisFile` into a real SQLite
 * project, read by the import worker: files generated against the project's transcripts (valid
 * by construction), the same with their JSON given wrong shapes, edited as text, nested deeper
 * than the limit, or replaced by random bytes. The invariant: the analysis applied as written,
 * or a clean refusal that changes nothing; never another exception, never a hang.
 */
import type { Project } from '@polyphony/store';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyAnalysisFile } from './apply-analysis.js';
import { importFiles } from './import-files.js';
import { mutateJson } from './test-support/json-mutation.js';
import { applyByteEdits, applyTextEdits, byteEdits, randomBytes, textEdits } from './test-support/mutations.js';
import { Outcomes, expectCleanOutcome, propertyParameters, testTimeout, usePropertyRun } from './test-support/property-harness.js';

const { temp, parse } = usePropertyRun();
const encode = (s: string) => new TextEncoder().encode(s);

/** Words each participant said, once: quotes that are found, and found only there. */
const QUOTES = {
  J1: ['Jeg fikk jobb på bakeriet.', 'Sjefen sa at jeg var flink.', 'fikk jobb'],
  T1: ['Vi snakket om arbeidsevne.', 'Terapeuten forklarte grensene.', 'arbeidsevne'],
} as const;
const CODES = ['Arbeid', 'Glede & «mestring»', 'Grenser', 'Økonomi', 'Being heard'] as const;

async function seeded(): Promise<Project> {
  return temp.create(async (p) => {
    await p.upsertPerspectives([{ id: 'J', label: 'Jobbsøkere', sort: 0 }, { id: 'T', label: 'Terapeuter', sort: 1 }]);
    await p.upsertParticipants([
      { id: 'J1', perspective: 'J', case: null, attributes: {}, status: 'active' },
      { id: 'T1', perspective: 'T', case: null, attributes: {}, status: 'active' },
    ]);
    await importFiles(p, [
      { name: 'J1 intervju.txt', bytes: encode(`Intervjuer: Hvordan gikk det?\n\nJ1: ${QUOTES.J1[0]}\n\nJ1: ${QUOTES.J1[1]}`) },
      { name: 'T1 intervju.txt', bytes: encode(`T1: ${QUOTES.T1[0]}\n\nT1: ${QUOTES.T1[1]}`) },
    ]);
  });
}

/** An analysis file whose every reference holds in the seeded project. */
function analysisFiles(): fc.Arbitrary<Record<string, unknown>> {
  return fc.gen().map((g) => {
    const codes = CODES.slice(0, g(fc.integer, { min: 1, max: CODES.length })).map((name, i) => ({
      name, description: g(fc.constantFrom, '', 'Alt om jobb'), ...(i > 0 && g(fc.boolean) ? { parent: CODES[g(fc.nat, { max: i - 1 })] } : {}),
    }));
    const codings = (['J1', 'T1'] as const).flatMap((participant) =>
      QUOTES[participant].filter(() => g(fc.boolean)).map((quote) => ({ participant, code: codes[g(fc.nat, { max: codes.length - 1 })]!.name, quote })),
    );
    const jQuotes = codings.filter((c) => c.participant === 'J1').map((c) => c.quote);
    const themes = g(fc.boolean)
      ? [
          { perspective: 'J', name: 'Å bli sett', level: 'main', definition: 'Når en blir sett', codes: codes.filter(() => g(fc.boolean)).map((c) => c.name), exemplars: jQuotes.slice(0, 1) },
          { perspective: 'J', name: 'Små seire', level: 'sub', parent: 'Å bli sett', definition: '', codes: [] },
        ]
      : [];
    const triangulation = g(fc.boolean)
      ? [{ name: 'Samarbeid', per_perspective: { J: 'Vil bli sett', T: 'Vil beskytte' }, relation: g(fc.constantFrom, 'convergent', 'divergent', null), note: '', ...(themes.length ? { draws_on: { J: ['Å bli sett'] } } : {}) }]
      : [];
    // References are by name, so a file may list a code before its parent: shuffle them.
    const shuffled = codes.map((c) => ({ c, key: g(fc.nat) })).sort((a, b) => a.key - b.key).map((x) => x.c);
    return { dataset: 'Generert', perspectives: [{ id: 'J', label: 'Jobbsøkere' }, { id: 'T', label: 'Terapeuter' }], codes: shuffled, codings, themes, triangulation };
  });
}

/** `file` with `suffix` added to every code name and every reference to one. */
function renamedCodes(file: Record<string, unknown>, suffix: string): { bytes: Uint8Array; file: Record<string, unknown> } {
  const name = (n: string) => n + suffix;
  const renamed = {
    ...file,
    codes: (file['codes'] as { name: string; parent?: string }[]).map((c) => ({ ...c, name: name(c.name), ...(c.parent === undefined ? {} : { parent: name(c.parent) }) })),
    codings: (file['codings'] as { code: string }[]).map((c) => ({ ...c, code: name(c.code) })),
    themes: (file['themes'] as { codes: string[] }[]).map((t) => ({ ...t, codes: t.codes.map(name) })),
  };
  return { bytes: encode(JSON.stringify(renamed, null, 2)), file: renamed };
}

describe('analysis file reader, through apply into a real project', () => {
  it('analysis: applied as written or a clean refusal that changes nothing', { timeout: testTimeout() }, async () => {
    const outcomes = new Outcomes('analysis file');
    let project = await seeded();
    let applied = 0;
    const files = analysisFiles();
    const arb = fc.oneof(
      { weight: 3, arbitrary: files.map((f) => ({ bytes: encode(JSON.stringify(f, null, 2)), file: f as Record<string, unknown> | null })) },
      { weight: 3, arbitrary: fc.tuple(files, fc.gen()).map(([f, g]) => ({ bytes: encode(JSON.stringify(mutateJson(f, g))), file: null })) },
      { weight: 2, arbitrary: fc.tuple(files, textEdits()).map(([f, edits]) => ({ bytes: encode(applyTextEdits(JSON.stringify(f), edits)), file: null })) },
      { weight: 1, arbitrary: fc.tuple(files, byteEdits()).map(([f, edits]) => ({ bytes: applyByteEdits(encode(JSON.stringify(f)), edits), file: null })) },
      { weight: 1, arbitrary: fc.oneof(randomBytes('{"codes": '), fc.nat({ max: 5_000 }).map((n) => encode(`{"codes": ${'['.repeat(n)}${']'.repeat(n)}}`))).map((bytes) => ({ bytes, file: null })) },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(arb, async (generated) => {
        // Valid files get code names of their own, so that each one creates its code tree anew.
        run += 1;
        const c = generated.file === null ? generated : renamedCodes(generated.file, ` ${run}`);
        const outcome = await expectCleanOutcome(project, () => applyAnalysisFile(project, { name: 'analysis.json', bytes: c.bytes }, 'tester', parse), {
          valid: c.file !== null,
          check: async (summary) => {
            if (c.file === null) return null;
            const have = new Map((await project.listCodes()).map((x) => [x.name, x]));
            const byId = new Map([...have.values()].map((x) => [x.id, x.name]));
            for (const code of c.file['codes'] as { name: string; parent?: string }[]) {
              const got = have.get(code.name);
              if (got === undefined) return `code "${code.name}" is missing`;
              if ((code.parent ?? null) !== (got.parent === null ? null : byId.get(got.parent))) return `code "${code.name}" is not under "${code.parent}"`;
            }
            const codings = (c.file['codings'] as unknown[]).length;
            if (summary.codings.created + summary.codings.existing !== codings) return `${codings} codings gave ${JSON.stringify(summary.codings)}`;
            const themes = new Set((await project.listThemes()).map((t) => t.name));
            const named = [...(c.file['themes'] as { name: string }[]), ...(c.file['triangulation'] as { name: string }[])].map((t) => t.name);
            return named.every((n) => themes.has(n)) ? null : `themes ${named.join(', ')} are not all there`;
          },
        });
        outcomes.add(outcome);
        if (outcome === 'ok' && ++applied % 50 === 0) {
          await project.close();
          project = await seeded();
        }
      }),
      propertyParameters(),
    );
    console.log(outcomes.report());
  });
});
