import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** Parses a package part; a part that is not well-formed XML is a corrupt workbook. */
export function parseXml(text: string, part: string): Document {
  try {
    return new DOMParser().parseFromString(text, 'text/xml');
  } catch (e) {
    throw new Error(`${part}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith('<?xml') ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

/** The element children of `parent` with local name `name` (any prefix). */
export function children(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  return out;
}

export function child(parent: Element, name: string): Element | null {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) return n as Element;
  return null;
}

/** A new element in the namespace of `like` (so that a prefixed part stays consistently prefixed). */
export function createLike(doc: Document, like: Element, name: string): Element {
  return doc.createElementNS(like.namespaceURI, like.prefix ? `${like.prefix}:${name}` : name);
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The first child element `name` of `parent`, created (last, or first when `atStart`) when absent. */
export function ensureChild(doc: Document, parent: Element, name: string, atStart = false): Element {
  const found = child(parent, name);
  if (found) return found;
  const el = createLike(doc, parent, name);
  parent.insertBefore(el, atStart ? parent.firstChild : null);
  return el;
}
