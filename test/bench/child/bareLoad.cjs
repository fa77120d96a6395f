// The baseline of the command-line figure: exceljs loading the workbook and nothing else.
const ExcelJS = require('exceljs');

const file = process.argv[2];
new ExcelJS.Workbook().xlsx.readFile(file).then(
  (wb) => {
    if (wb.worksheets.length === 0) throw new Error(`no worksheets in ${file}`);
  },
  (e) => {
    process.stderr.write(`bareLoad: ${e.message}\n`);
    process.exitCode = 1;
  },
);
