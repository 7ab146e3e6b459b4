/** Safe handling of untrusted containers: zip archives (docx, qdpx) and XML. */
export * from './safe-unzip.js';
export * from './safe-xml.js';
export * from './xml-references.js';
export type { XmlHandler, XmlScanOptions } from './xml-scanner.js';
export type { ZipEntry } from './zip-directory.js';
export { assertSafeEntryName } from './zip-entry-name.js';
