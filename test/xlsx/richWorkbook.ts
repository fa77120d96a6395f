/**
 * A workbook holding what an annotated copy must keep: a chart, an embedded image, a cell
 * note, a threaded comment, a data-validation list, a conditional format, defined names, a
 * hidden sheet, print settings and column widths — written part by part.
 */
import { num, rawParts, str, XML_HEAD } from './rawPackage';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TC = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const rels = (items: [string, string, string][]) =>
  `${XML_HEAD}<Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

/** The sheet's parts after <sheetData>, in schema order. */
export const SHEET_TAIL = {
  mergeCells: '<mergeCells count="1"><mergeCell ref="A5:B6"/></mergeCells>',
  conditionalFormatting: '<conditionalFormatting sqref="B2:B3"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.5</formula></cfRule></conditionalFormatting>',
  dataValidations: '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="E2:E10"><formula1>"优,良,中,差"</formula1></dataValidation></dataValidations>',
  printOptions: '<printOptions horizontalCentered="1"/>',
  pageMargins: '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
  pageSetup: '<pageSetup paperSize="9" orientation="landscape"/>',
  drawing: '<drawing r:id="rId1"/>',
  legacyDrawing: '<legacyDrawing r:id="rId2"/>',
};
export const COLS = '<cols><col min="1" max="1" width="30.5" customWidth="1"/><col min="2" max="2" width="12.25" customWidth="1"/></cols>';
export const OWN_NOTE = '单位自己的批注：数据已核对';
export const THREADED_TEXT = '审核讨论：请补充说明';

function noteShape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:100pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

export function richWorkbookParts(): Record<string, string | Uint8Array> {
  const sheetData =
    `<row r="1">${str('A1', '指标')}${str('B1', '完成率')}${str('C1', '说明')}${str('D1', '讨论')}</row>` +
    `<row r="2">${str('A2', '满意度')}${num('B2', 0.45, 1)}${str('C2', '—')}</row>` +
    `<row r="3">${str('A3', '覆盖率')}${num('B3', 0.9, 1)}${str('C3', '有批注')}${str('D3', '有讨论')}</row>` +
    `<row r="5">${str('A5', '合并单元格')}</row>`;
  const parts: Record<string, string | Uint8Array> = rawParts(
    [
      { name: '自评表', sheetData, before: COLS, after: Object.values(SHEET_TAIL).join('') },
      { name: '隐藏', sheetData: `<row r="1">${str('A1', '隐藏的表')}</row>`, state: 'hidden' },
    ],
    {
      workbookInner:
        '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'自评表\'!$A$1:$E$10</definedName>' +
        '<definedName name="完成率区域">\'自评表\'!$B$2:$B$3</definedName></definedNames>',
    },
  );
  const types = parts['[Content_Types].xml'] as string;
  parts['[Content_Types].xml'] = types.replace(
    '</Types>',
    '<Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
      '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
      '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>',
  );
  parts['xl/styles.xml'] = (parts['xl/styles.xml'] as string).replace('</styleSheet>', '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>');
  parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace(
    '</Relationships>',
    '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>',
  );
  parts['xl/worksheets/_rels/sheet1.xml.rels'] = rels([
    ['rId1', `${R}/drawing`, '../drawings/drawing1.xml'],
    ['rId2', `${R}/vmlDrawing`, '../drawings/vmlDrawing1.vml'],
    ['rId3', `${R}/comments`, '../comments1.xml'],
    ['rId4', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml'],
  ]);
  parts['xl/drawings/_rels/drawing1.xml.rels'] = rels([
    ['rId1', `${R}/chart`, '../charts/chart1.xml'],
    ['rId2', `${R}/image`, '../media/image1.png'],
  ]);
  const anchor = (c1: number, r1: number, c2: number, r2: number, body: string) =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>${c1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${c2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r2}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
  parts['xl/drawings/drawing1.xml'] =
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    anchor(6, 1, 12, 15, '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="完成率图"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>') +
    anchor(6, 16, 8, 20, '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="单位印章"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>') +
    '</xdr:wsDr>';
  const axis = (tag: string, id: number, cross: number, pos: string) => `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/><c:crossAx val="${cross}"/></c:${tag}>`;
  parts['xl/charts/chart1.xml'] =
    `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/>` +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
    "<c:cat><c:strRef><c:f>'自评表'!$A$2:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'自评表'!$B$2:$B$3</c:f></c:numRef></c:val></c:ser>" +
    `<c:axId val="1"/><c:axId val="2"/></c:barChart>${axis('catAx', 1, 2, 'b')}${axis('valAx', 2, 1, 'l')}</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
  parts['xl/media/image1.png'] = new Uint8Array(Buffer.from(PNG_1PX, 'base64'));
  parts['xl/comments1.xml'] =
    `${XML_HEAD}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>张会计</author><author>tc={00000000-0000-0000-0000-000000000002}</author></authors><commentList>` +
    `<comment ref="C3" authorId="0"><text><r><rPr><b/><sz val="9"/></rPr><t>张会计:</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">\n${OWN_NOTE}</t></r></text></comment>` +
    `<comment ref="D3" authorId="1"><text><t>[Threaded comment]\n${THREADED_TEXT}</t></text></comment></commentList></comments>`;
  parts['xl/drawings/vmlDrawing1.vml'] =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${noteShape(1025, 2, 2)}${noteShape(1026, 2, 3)}</xml>`;
  parts['xl/threadedComments/threadedComment1.xml'] =
    `${XML_HEAD}<ThreadedComments xmlns="${TC}"><threadedComment ref="D3" dT="2024-03-01T09:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>${THREADED_TEXT}</text></threadedComment></ThreadedComments>`;
  parts['xl/persons/person.xml'] = `${XML_HEAD}<personList xmlns="${TC}"><person displayName="审核员" id="{00000000-0000-0000-0000-000000000001}" userId="reviewer" providerId="None"/></personList>`;
  return parts;
}
