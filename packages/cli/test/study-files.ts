import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

/**
 * A small study unlike the demo, written by the tests: perspectives Patients (P), Nurses (N) and
 * Relatives (R), two cases, every transcript format, Norwegian and English, and a participants
 * CSV with a BOM, CRLF line ends and quoted fields holding commas.
 */
export function writeStudy(dir: string): { folder: string; csv: string } {
  const folder = path.join(dir, 'study');
  fs.mkdirSync(folder);
  const csv = path.join(dir, 'participants.csv');
  fs.writeFileSync(
    csv,
    '\uFEFFparticipant,perspective,case,role,"region, county"\r\n' +
      'P1,P,A,patient,"Oslo, Oslo"\r\n' +
      'P2,P,B,patient,"Bergen, Vestland"\r\n' +
      'N1,N,A,"nurse, psychiatric",Oslo\r\n' +
      'N2,N,B,nurse,Bergen\r\n' +
      'R1,R,A,relative,Oslo\r\n',
  );
  fs.writeFileSync(
    path.join(folder, 'P1.txt'),
    'Intervjuer: Hvordan var møtet?\n\n' +
      'P1: Jeg var bekymret for økonomien. Hva skjer hvis jobben ikke går?\n\n' +
      'Intervjuer: Snakket dere om det?\n\n' +
      'P1: Nei, ingen spurte om arbeidsplassen min. Jeg fikk ikke svar på det jeg lurte på.\n',
  );
  fs.writeFileSync(path.join(folder, 'N1.docx'), docx([
    ['Interviewer:', ' How did the meeting go from your side?'],
    ['N1:', ' I held back so the patient could speak. Nobody answered the money question.'],
    ['Interviewer:', ' Would you do it differently?'],
    ['N1:', ' Next time we prepare together what I may explain.'],
  ]));
  fs.writeFileSync(
    path.join(folder, 'group-meeting.vtt'),
    'WEBVTT\n\n' +
      '00:00:01.000 --> 00:00:04.000\n<v Moderator>Welcome, everyone.\n\n' +
      '00:00:04.500 --> 00:00:07.000\n<v P2>I worry about money if the job fails.\n\n' +
      '00:00:07.000 --> 00:00:09.000\n<v P2>Nobody has said what happens then.\n\n' +
      '00:00:09.500 --> 00:00:12.000\n<v N2>We can agree on a safety net today.\n',
  );
  fs.writeFileSync(
    path.join(folder, 'R1.srt'),
    '1\n00:00:01,000 --> 00:00:03,000\nInterviewer: What did you notice?\n\n' +
      '2\n00:00:03,500 --> 00:00:06,000\nR1: He was worried about money and did not say it.\n',
  );
  return { folder, csv };
}

/** A minimal Word document with bold speaker labels, one paragraph per [label, text]. */
export function docx(paragraphs: [string, string][]): Uint8Array {
  const body = paragraphs
    .map(([label, text]) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${label}</w:t></w:r><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`)
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}
