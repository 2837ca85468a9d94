/**
 * A .docx rewritten so that mammoth's text holds what Word shows: automatic numbering written into its paragraphs
 * (`docx-numbering.ts`) and each table row one paragraph of tab-separated cells (`docx-tables.ts`). A document with
 * neither is given back as it is.
 */
import { posix } from 'node:path';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { writeNumbering, type UnwrittenNumbering } from './docx-numbering.js';
import { writeTableRows } from './docx-tables.js';

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** An XML part parsed; malformed XML thrown, as mammoth would refuse it. */
function parseXml(xml: string): Document {
  const parser = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (message: string) => {
        throw new Error(message);
      },
    },
  });
  return parser.parseFromString(xml, 'text/xml') as unknown as Document;
}

/** The part a relationship of `relsPath` (the `_rels` of `from`) of `type` names, as a path in the archive. */
async function relatedPart(zip: JSZip, from: string, type: string): Promise<string | undefined> {
  const relsPath = posix.join(posix.dirname(from), '_rels', `${posix.basename(from)}.rels`);
  const rels = await zip.file(relsPath)?.async('string');
  if (rels === undefined) return undefined;
  const rel = Array.from(parseXml(rels).getElementsByTagName('Relationship')).find((r) => r.getAttribute('Type') === RELATIONSHIP + type);
  const target = rel?.getAttribute('Target');
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(from), target));
}

/** An XML part of the archive, parsed, if it is there. */
async function xmlPart(zip: JSZip, path: string | undefined): Promise<Document | undefined> {
  const xml = path === undefined ? undefined : await zip.file(path)?.async('string');
  return xml === undefined ? undefined : parseXml(xml);
}

/**
 * The .docx's bytes with its numbering labels and table rows written as text, each numbered paragraph whose format
 * is not written said to `onUnwritten`; `bytes` themselves when it has neither numbering nor tables.
 */
export async function docxAsShown(bytes: Uint8Array, onUnwritten: UnwrittenNumbering): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const main = (await relatedPart(zip, '', 'officeDocument')) ?? 'word/document.xml';
  const xml = await zip.file(main)?.async('string');
  const numberingPath = await relatedPart(zip, main, 'numbering');
  if (xml === undefined || (!xml.includes(':tbl>') && !(numberingPath && zip.file(numberingPath)))) return bytes;
  const document = parseXml(xml);
  const numbering = await xmlPart(zip, numberingPath);
  if (numbering) writeNumbering(document, numbering, await xmlPart(zip, await relatedPart(zip, main, 'styles')), onUnwritten);
  writeTableRows(document);
  zip.file(main, new XMLSerializer().serializeToString(document as unknown as Node));
  return zip.generateAsync({ type: 'uint8array' });
}
