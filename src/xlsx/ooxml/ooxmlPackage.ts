import { zipSync, type Zippable } from 'fflate';
import type { Document } from '@xmldom/xmldom';
import { DEFAULT_LIMITS } from '../limits';
import { unzipBounded } from '../zipPackage';
import { CT_NS, children, parseXml, PKG_REL_NS, serializeXml } from './xml';
import { unescapeXstring } from './xstring';

/** A relationship of a part: id, type (the last path segment of its URI) and the target part's path. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/**
 * An OOXML package opened for adding parts: members keep their bytes and order; the parts
 * that are edited are parsed once and written back when the package is saved.
 */
export class OoxmlPackage {
  private readonly parts: Map<string, Uint8Array>;
  private readonly docs = new Map<string, Document>();

  constructor(bytes: Buffer) {
    this.parts = unzipBounded(bytes, DEFAULT_LIMITS);
  }

  has(path: string): boolean {
    return this.parts.has(path) || this.docs.has(path);
  }

  text(path: string): string | null {
    const bytes = this.parts.get(path);
    return bytes ? Buffer.from(bytes).toString('utf8') : null;
  }

  setText(path: string, text: string): void {
    this.docs.delete(path);
    this.parts.set(path, Buffer.from(text, 'utf8'));
  }

  /** The part as a DOM, parsed once; it is serialized again when the package is saved. */
  xml(path: string): Document | null {
    const cached = this.docs.get(path);
    if (cached) return cached;
    const text = this.text(path);
    if (text === null) return null;
    const doc = parseXml(text, path);
    this.docs.set(path, doc);
    return doc;
  }

  /** Adds (or replaces) a part that is written as an XML document. */
  setXml(path: string, doc: Document): void {
    this.docs.set(path, doc);
    if (!this.parts.has(path)) this.parts.set(path, new Uint8Array());
  }

  /** A part name no member has yet: base + N + ext. */
  freeName(base: string, ext: string): string {
    for (let n = 1; ; n++) if (!this.has(`${base}${n}${ext}`)) return `${base}${n}${ext}`;
  }

  /** The relationships of a part (from its _rels/NAME.rels), with targets resolved to package paths. */
  relationships(part: string): Relationship[] {
    const doc = this.xml(relsPath(part));
    if (!doc) return [];
    return children(doc.documentElement!, 'Relationship')
      .filter((r) => r.getAttribute('TargetMode') !== 'External')
      .map((r) => ({ id: r.getAttribute('Id') ?? '', type: (r.getAttribute('Type') ?? '').split('/').pop() ?? '', target: resolveTarget(part, r.getAttribute('Target') ?? '') }));
  }

  /** Adds a relationship from `part` to `target` and returns its id. */
  addRelationship(part: string, typeUri: string, target: string): string {
    const path = relsPath(part);
    let doc = this.xml(path);
    if (!doc) {
      doc = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"/>`, path);
      this.setXml(path, doc);
    }
    const root = doc.documentElement!;
    const taken = new Set(children(root, 'Relationship').map((r) => r.getAttribute('Id')));
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    const rel = doc.createElementNS(PKG_REL_NS, 'Relationship');
    rel.setAttribute('Id', `rId${n}`);
    rel.setAttribute('Type', typeUri);
    rel.setAttribute('Target', relativeTarget(part, target));
    root.appendChild(rel);
    return `rId${n}`;
  }

  /** Declares a content type: a Default for an extension, or an Override for a part. */
  addContentType(kind: { extension: string } | { part: string }, contentType: string): void {
    const doc = this.xml('[Content_Types].xml');
    if (!doc) throw new Error('[Content_Types].xml missing');
    const root = doc.documentElement!;
    if ('extension' in kind) {
      if (children(root, 'Default').some((d) => d.getAttribute('Extension')?.toLowerCase() === kind.extension)) return;
      const el = doc.createElementNS(CT_NS, 'Default');
      el.setAttribute('Extension', kind.extension);
      el.setAttribute('ContentType', contentType);
      root.insertBefore(el, root.firstChild);
      return;
    }
    if (children(root, 'Override').some((o) => o.getAttribute('PartName') === `/${kind.part}`)) return;
    const el = doc.createElementNS(CT_NS, 'Override');
    el.setAttribute('PartName', `/${kind.part}`);
    el.setAttribute('ContentType', contentType);
    root.appendChild(el);
  }

  /** The package again: members in their order (new ones last), edited parts serialized. */
  save(): Buffer {
    const files: Zippable = {};
    for (const [path, bytes] of this.parts) {
      const doc = this.docs.get(path);
      files[path] = doc ? Buffer.from(serializeXml(doc), 'utf8') : bytes;
    }
    return Buffer.from(zipSync(files, { level: 6 }));
  }
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target relative to its source part's folder, as a package path. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The target of `path` relative to the folder of `source`. */
function relativeTarget(source: string, path: string): string {
  const from = source.split('/').slice(0, -1);
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

/** The package path of each worksheet, by sheet name as readers decode it (ST_Xstring: `_x0007_` is U+0007), from workbook.xml and its relationships. */
export function worksheetParts(pkg: OoxmlPackage): Map<string, string> {
  const root = pkg.relationships('').find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const doc = pkg.xml(root);
  const out = new Map<string, string>();
  if (!doc) return out;
  const targets = new Map(pkg.relationships(root).map((r) => [r.id, r.target]));
  const sheets = doc.documentElement!.getElementsByTagNameNS(doc.documentElement!.namespaceURI, 'sheet');
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    const id = s.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
    const target = id ? targets.get(id) : undefined;
    if (target) out.set(unescapeXstring(s.getAttribute('name') ?? ''), target);
  }
  return out;
}
