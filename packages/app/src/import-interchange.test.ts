import { afterAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { importQdcFile, importQdpxFile } from './import-interchange.js';
import { TempProjects } from './test-support/property-harness.js';

const temp = new TempProjects();
afterAll(() => temp.remove());

describe('importQdcFile', () => {
  it('merges a code tree as deep as the XML limit allows, every code under its parent', async () => {
    const project = await temp.create();
    const guid = (i: number) => `11111111-1111-4111-8111-${String(i).padStart(12, '0')}`;
    const depth = 250;
    const xml = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${Array.from({ length: depth }, (_, i) => `<Code guid="${guid(i)}" name="C${i}" isCodable="true">`).join('')}${'</Code>'.repeat(depth)}</Codes></CodeBook>`;
    const report = await importQdcFile(project, { name: 'deep.qdc', bytes: new TextEncoder().encode(xml) });
    expect(report.created).toBe(depth);
    const codes = await project.listCodes();
    const nameOf = new Map(codes.map((c) => [c.id, c.name]));
    const misplaced = codes.filter((c) => (c.parent === null ? null : nameOf.get(c.parent)) !== (c.name === 'C0' ? null : `C${Number(c.name.slice(1)) - 1}`));
    expect(misplaced.map((c) => c.name)).toEqual([]);
    await project.close();
  });
});

describe('importQdpxFile', () => {
  it('imports what REFI-QDA allows and a project cannot hold: two codes "Other", two sources of one name', async () => {
    const project = await temp.create();
    const g = (n: number) => `11111111-1111-4111-8111-${String(n).padStart(12, '0')}`;
    const source = (n: number) => `<TextSource guid="${g(100 + n)}" name="Interview"><PlainTextContent>Tekst ${n}</PlainTextContent><PlainTextSelection guid="${g(200 + n)}" startPosition="0" endPosition="5"><Coding guid="${g(300 + n)}"><CodeRef targetGUID="${g(n === 1 ? 2 : 4)}"/></Coding></PlainTextSelection></TextSource>`;
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="Fra NVivo"><CodeBook><Codes>` +
      `<Code guid="${g(1)}" name="Work" isCodable="true"><Code guid="${g(2)}" name="Other" isCodable="true"/></Code>` +
      `<Code guid="${g(3)}" name="Money" isCodable="true"><Code guid="${g(4)}" name="Other" isCodable="true"/></Code>` +
      `</Codes></CodeBook><Sources>${source(1)}${source(2)}</Sources></Project>`;
    const report = await importQdpxFile(project, { name: 'nvivo.qdpx', bytes: zipSync({ 'project.qde': strToU8(qde) }) });
    expect((await project.listCodes()).map((c) => c.name).sort()).toEqual(['Money', 'Other', 'Other (2)', 'Work']);
    expect((await project.listSources()).map((x) => x.name).sort()).toEqual(['Interview', 'Interview (2)']);
    expect(await project.listCodings()).toHaveLength(2);
    expect(report.warnings).toEqual([
      'Two sources are named "Interview"; the second is imported as "Interview (2)"',
      'Two codes are named "Other"; the second is imported as "Other (2)"',
    ]);
    await project.close();
  });
});
