import { describe, expect, it } from 'vitest';
import { codebookDocx } from './codebook-docx.js';
import { codebookMarkdown } from './codebook-markdown.js';
import { codebookCsv, codebookRows } from './codebook-rows.js';
import { richSnapshot } from './test-support/rich-snapshot.js';
import { parseCsv, unzipXmlParts } from './test-support/read-back.js';

describe('codebookRows', () => {
  const rows = codebookRows(richSnapshot());

  it('lists codes in hierarchy order with paths and themes', () => {
    expect(rows.map((r) => [r.path, r.depth])).toEqual([
      ['Work', 0],
      ['Work > Hours', 1],
      ['Work > Pay, wages', 1],
      ['Fear', 0],
      ['Unused *code*', 0],
    ]);
    expect(rows[1]?.themes).toEqual(['Belonging', 'Security']);
  });

  it('counts distinct anchored segments per perspective, leaving out orphans and withdrawn participants', () => {
    const counts = Object.fromEntries(rows.map((r) => [r.name, [r.segmentsByPerspective, r.total]]));
    // Work: M1's segment and the interviewer's question; the orphan is not evidence.
    expect(counts['Work']).toEqual([{ A: 0, M: 1 }, 2]);
    expect(counts['Hours']).toEqual([{ A: 1, M: 1 }, 2]);
    expect(counts['Pay, wages']).toEqual([{ A: 2, M: 0 }, 2]);
    // Fear is also on the withdrawn W1's segment, which must not count.
    expect(counts['Fear']).toEqual([{ A: 1, M: 0 }, 1]);
    expect(counts['Unused *code*']).toEqual([{ A: 0, M: 0 }, 0]);
  });
});

describe('codebook renderers', () => {
  it('writes CSV with a column per perspective in perspective order', () => {
    const parsed = parseCsv(codebookCsv(richSnapshot()));
    expect(parsed[0]).toEqual(['code', 'description', 'colour', 'themes', 'Mentors', 'Apprentices', 'total']);
    expect(parsed[2]).toEqual(['Work > Hours', 'Working time, "part-time" or full', '#0072b2', 'Belonging; Security', '1', '1', '2']);
  });

  it('writes a GFM table with pipes and line breaks escaped', () => {
    const md = codebookMarkdown(richSnapshot());
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Codebook: Hours & pay \\| study');
    expect(lines[2]).toBe('| Code | Description | Colour | Themes | Mentors | Apprentices | Total |');
    expect(lines[3]).toBe('| --- | --- | --- | --- | ---: | ---: | ---: |');
    expect(lines[4]).toBe('| Work | Anything about the job.<br>Includes hours. | \\#0072b2 |  | 1 | 0 | 2 |');
    expect(lines[7]).toBe('| Fear | Worry \\| anxiety | \\#0072b2 | Belonging | 0 | 1 | 1 |');
    expect(lines[8]).toBe('| Unused \\*code\\* |  | \\#0072b2 |  | 0 | 0 | 0 |');
    // Every table row has exactly as many unescaped pipes as the header.
    const pipes = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    for (const l of lines.slice(2, 9)) expect(pipes(l)).toBe(pipes(lines[2] ?? ''));
  });

  it('writes a Word document with a heading and one table with a header row', async () => {
    const parts = unzipXmlParts(await codebookDocx(richSnapshot()));
    const xml = parts.get('word/document.xml') ?? '';
    expect(xml).toContain('Codebook: Hours &amp; pay | study');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml.match(/<w:tr>|<w:tr /g)).toHaveLength(6);
    expect(xml).toContain('<w:tblHeader');
    const order = ['Work', 'Work &gt; Hours', 'Work &gt; Pay, wages', 'Fear', 'Unused *code*'].map((t) => xml.indexOf(`>${t}<`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(xml).toContain('Working time, &quot;part-time&quot; or full');
    // Two paragraphs: the description's line break survives.
    expect(xml).toContain('Anything about the job.</w:t></w:r></w:p><w:p>');
    expect(xml).toContain('w:fill="0072b2"');
  });
});
