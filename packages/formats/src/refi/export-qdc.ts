import { PolyphonyError, type ProjectSnapshot } from '@polyphony/core';
import { codeElements, guidsFor, themeSetElements } from './codebook-xml.js';
import { XML_DECLARATION, element } from './xml-writer.js';

/**
 * Exports the codebook as a REFI-QDA codebook (.qdc, Codebook.xsd, namespace
 * `urn:QDA-XML:codebook:1.0`): the code tree with colours and descriptions, and the themes as
 * non-codable codes with one Set each (`<Sets>` only when there is a theme, as the schema
 * requires at least one Set inside it). GUIDs are the same as in `exportQdpx`.
 * Errors: `bad_input` when there are no codes and no themes (the schema needs one code).
 */
export function exportQdc(snapshot: ProjectSnapshot): string {
  const guid = guidsFor(snapshot);
  const codes = codeElements(snapshot, guid, 'codebook');
  const sets = themeSetElements(snapshot, guid, 'codebook');
  if (codes.length === 0) {
    // Codebook.xsd requires at least one Code, and a placeholder code would be imported as real.
    throw new PolyphonyError('bad_input', `Project "${snapshot.name}" has no codes or themes: there is no codebook to export`, {
      project: snapshot.id,
    });
  }
  const book = element('CodeBook', { xmlns: 'urn:QDA-XML:codebook:1.0', origin: 'Polyphony' }, [
    element('Codes', {}, codes),
    ...(sets.length > 0 ? [element('Sets', {}, sets)] : []),
  ]);
  return XML_DECLARATION + book + '\n';
}
