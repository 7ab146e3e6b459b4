import { Zip, ZipDeflate, strToU8 } from 'fflate';

/** Where {@link paddedDocx} puts its padding: between elements, or inside the text of a run. */
export type Padding = 'between-elements' | 'inside-text';

/**
 * A small .docx whose `word/document.xml` unpacks to `padBytes` spaces plus one paragraph
 * (`J1: hei`): the shape of the "190 MB of spaces" file from issue 7. Built with fflate's
 * streaming zip, a megabyte at a time, so a test never holds the unpacked document.
 */
export function paddedDocx(padBytes: number, where: Padding): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const types = new ZipDeflate('[Content_Types].xml');
  zip.add(types);
  types.push(strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), true);
  const document = new ZipDeflate('word/document.xml', { level: 6 });
  zip.add(document);
  const open = '<w:p><w:r><w:t xml:space="preserve">J1: hei';
  const close = '</w:t></w:r></w:p>';
  document.push(strToU8('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'));
  if (where === 'inside-text') document.push(strToU8(open));
  const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
  for (let left = padBytes; left > 0; left -= megabyte.length) document.push(megabyte.subarray(0, Math.min(left, megabyte.length)));
  document.push(strToU8(where === 'inside-text' ? `${close}</w:body></w:document>` : `${open}${close}</w:body></w:document>`), true);
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
