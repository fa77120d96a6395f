import { SheetXml } from './sheetXml';

const sheet = (data: string, tail = '') => `<worksheet xmlns="m"><sheetData>${data}</sheetData>${tail}</worksheet>`;
/** Restyles the cells at the given A1 refs to 9 (recording the style each had). */
function restyled(xml: string, refs: [number, number][]): { xml: string; had: number[] } {
  const s = new SheetXml(xml);
  const had: number[] = [];
  s.restyle(
    refs.map(([row, col]) => ({ row, col })),
    (_cell, current) => (had.push(current), 9),
  );
  return { xml: s.toString(), had };
}

describe('SheetXml.restyle', () => {
  test.each([
    ['an existing cell with a style', sheet('<row r="1"><c r="A1" s="3"><v>1</v></c></row>'), [[0, 0]], sheet('<row r="1"><c r="A1" s="9"><v>1</v></c></row>'), [3]],
    ['an existing cell without one', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), [[0, 0]], sheet('<row r="1"><c r="A1" t="s" s="9"><v>0</v></c></row>'), [0]],
    ['a new cell between two', sheet('<row r="1"><c r="A1"/><c r="C1"/></row>'), [[0, 1]], sheet('<row r="1"><c r="A1"/><c r="B1" s="9"/><c r="C1"/></row>'), [0]],
    ['a new cell at the end of a self-closed row', sheet('<row r="2" ht="20"/>'), [[1, 3]], sheet('<row r="2" ht="20"><c r="D2" s="9"/></row>'), [0]],
    ['new rows before, between and after', sheet('<row r="2"><c r="A2"/></row><row r="4"/>'), [[0, 0], [2, 0], [9, 1]], sheet('<row r="1"><c r="A1" s="9"/></row><row r="2"><c r="A2"/></row><row r="3"><c r="A3" s="9"/></row><row r="4"/><row r="10"><c r="B10" s="9"/></row>'), [0, 0, 0]],
    ['an empty sheetData', '<worksheet xmlns="m"><sheetData/></worksheet>', [[0, 0]], sheet('<row r="1"><c r="A1" s="9"/></row>'), [0]],
    ['a prefixed part', '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1"/></x:row></x:sheetData></x:worksheet>', [[0, 0], [0, 2]], '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" s="9"/><x:c r="C1" s="9"/></x:row></x:sheetData></x:worksheet>', [0, 0]],
  ] as [string, string, [number, number][], string, number[]][])('%s', (_label, xml, refs, expected, had) => {
    expect(restyled(xml, refs)).toEqual({ xml: expected, had });
  });
});

describe('SheetXml', () => {
  test('mergeMasters maps cells inside merges to the top-left, others to themselves', () => {
    const s = new SheetXml(sheet('', '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="D5:D9"/></mergeCells>'));
    const cells = [{ row: 1, col: 1 }, { row: 8, col: 3 }, { row: 8, col: 4 }];
    const m = s.mergeMasters(cells);
    expect(cells.map((c) => m.get(c))).toEqual([{ row: 0, col: 0 }, { row: 4, col: 3 }, { row: 8, col: 4 }]);
  });

  test('legacyDrawing goes before the parts that follow it in schema order', () => {
    const s = new SheetXml(sheet('', '<pageMargins/><drawing r:id="rId1"/><tableParts count="0"/>'));
    expect(s.legacyDrawingId()).toBeNull();
    s.addLegacyDrawing('rId7');
    expect(s.toString()).toContain('<drawing r:id="rId1"/><legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId7"/><tableParts');
    expect(s.legacyDrawingId()).toBe('rId7');
  });
});
