import fs from 'node:fs';
import path from 'node:path';
import { score } from '../../src/functions/functions';
import { describeIfExists, distDir } from '../support/paths';

const metadataFile = path.join(distDir, 'functions.json');
const CHINESE = /[\u4e00-\u9fff]/;

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; type?: string; description?: string; optional?: boolean; dimensionality?: string }[];
  result: { type?: string; dimensionality?: string };
}

/**
 * The functions Excel must offer, as PERF.<id>, with their parameters (optional ones marked ?).
 * Parameter names are what Excel shows while a formula is typed, so they are Chinese (the
 * generator takes them from the TypeScript parameter names); ids stay ASCII (A–Z, 0–9, _ and .).
 */
const EXPECTED: Record<string, string[]> = {
  RATE: ['执行数', '预算数', '取数方式?', '规则包?'],
  SCORE: ['指标值', '完成值', '分值', '规则包?'],
  DEVIATION: ['指标值', '完成值'],
  NEEDREASON: ['指标值', '完成值', '分值?', '得分?'],
  GRADE: ['总分', '规则包?'],
  EXPLAIN: ['指标值', '完成值', '分值', '规则包?'],
  PARSE: ['值'],
  SUM: ['区域'],
  BUDGETSCORE: ['执行数', '预算数', '分值?'],
};

describeIfExists(metadataFile, 'functions.json is produced by the build (npm run build)')('built functions.json', () => {
  const metadata = () => JSON.parse(fs.readFileSync(metadataFile, 'utf8')) as { allowCustomDataForDataTypeAny?: boolean; functions: FunctionMetadata[] };
  const functions = () => metadata().functions;

  test('offers exactly the PERF functions, with bare ASCII ids (Excel adds the PERF namespace)', () => {
    expect(functions().map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions()) {
      expect(f.id).toMatch(/^[A-Z0-9_.]+$/);
      expect(f.name).toBe(f.id);
    }
  });

  test.each(Object.entries(EXPECTED))('%s has a Chinese description, a help page and Chinese parameter names', (id, params) => {
    const f = functions().find((x) => x.id === id)!;
    expect(f.description).toMatch(CHINESE);
    // The development origin, or the production origin the build puts in its place.
    expect(f.helpUrl).toMatch(/^https:\/\/[^/]+\/help\.html$/);
    expect(f.parameters.map((p) => p.name + (p.optional ? '?' : ''))).toEqual(params);
    for (const p of f.parameters) {
      expect(p.name).toMatch(/^[\u4e00-\u9fff]{1,64}$/);
      expect(p.description).toMatch(CHINESE);
      expect(p.description!.length).toBeLessThanOrEqual(128); // the metadata schema's limit
      expect(p.type).toBe('any'); // only `any` parameters get a blank cell as null rather than 0
    }
  });

  test('SUM takes a range and PARSE returns a row', () => {
    expect(functions().find((f) => f.id === 'SUM')!.parameters[0].dimensionality).toBe('matrix');
    expect(functions().find((f) => f.id === 'PARSE')!.result.dimensionality).toBe('matrix');
  });

  test('no allowCustomDataForDataTypeAny: a formatted number or data type reaches PERF as its plain value', () => {
    // The build drops the flag the generator writes (webpack.config.js); should a host pass CellValue
    // objects all the same, src/functions/cellValue.ts reads them as their values, never as 未填写.
    expect(metadata()).not.toHaveProperty('allowCustomDataForDataTypeAny');
    expect(score('=973.00(人)', { type: 'FormattedNumber', basicValue: 927, numberFormat: '0.00' }, { type: 'Double', basicValue: 1 })).toBe(0.95);
  });
});
