import { fromRangeA1 } from '../core/grid/address';
import type { MergedArea } from '../core/grid/types';
import { listZip, readZipEntry, type ZipEntry } from './zip';

/** A worksheet as the workbook lists it: its name, its place in sheet order, its part in the package. */
export interface SheetInfo {
  name: string;
  index: number;
  /** The part, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

/** The package parts exceljs's streaming reader leaves out: sheet names, their order, and each sheet's merges. */
export class SheetParts {
  private readonly entries: Map<string, ZipEntry>;
  readonly sheets: SheetInfo[];

  constructor(private readonly buf: Buffer) {
    this.entries = listZip(buf);
    this.sheets = this.readSheets();
  }

  /** The sheet stored in xl/worksheets/sheetN.xml (the streaming reader's sheet id N). */
  byFileNumber(n: string | number): SheetInfo | undefined {
    return this.sheets.find((s) => s.path === `xl/worksheets/sheet${n}.xml`);
  }

  /** The merged areas of a sheet, read from the <mergeCells> at the end of its XML. */
  merges(sheet: SheetInfo): MergedArea[] {
    const entry = this.entries.get(sheet.path);
    if (!entry) return [];
    const xml = readZipEntry(this.buf, entry);
    // <mergeCells> (any namespace prefix) follows <sheetData>: only the tail is decoded.
    const at = xml.indexOf('mergeCells', Math.max(0, xml.lastIndexOf('sheetData>')));
    if (at < 0) return [];
    const tail = xml.toString('utf8', at);
    const out: MergedArea[] = [];
    for (const m of tail.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]+)"/g)) {
      const area = fromRangeA1(m[1]);
      if (area) out.push(area);
    }
    return out;
  }

  private text(path: string): string | null {
    const entry = this.entries.get(path);
    return entry ? readZipEntry(this.buf, entry).toString('utf8') : null;
  }

  private readSheets(): SheetInfo[] {
    const workbook = this.text('xl/workbook.xml');
    if (workbook === null) return [];
    const targets = new Map<string, string>();
    for (const m of (this.text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
      const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
      if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/'));
    }
    const sheets: SheetInfo[] = [];
    for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
      const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
      const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]+)"/.exec(m[0])?.[1];
      const path = rid ? targets.get(rid) : undefined;
      if (name !== undefined && path) sheets.push({ name: decodeXml(name), index: sheets.length, path });
    }
    return sheets;
  }
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
