import { afterAll, describe, expect, it } from 'vitest';
import { importQdcFile } from './import-interchange.js';
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
