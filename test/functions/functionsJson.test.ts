import fs from 'node:fs';
import path from 'node:path';
import { describeIfExists, distDir } from '../support/paths';

const metadataFile = path.join(distDir, 'functions.json');
const CHINESE = /[\u4e00-\u9fff]/;

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
  result: { type?: string; dimensionality?: string };
}

/** The functions Excel must offer, as PERF.<id>, with their parameters (optional ones marked ?). */
const EXPECTED: Record<string, string[]> = {
  RATE: ['actual', 'budget', 'method?'],
  SCORE: ['target', 'actual', 'weight'],
  DEVIATION: ['target', 'actual'],
  NEEDREASON: ['target', 'actual', 'weight?', 'recordedScore?'],
  GRADE: ['total'],
  EXPLAIN: ['target', 'actual', 'weight'],
  PARSE: ['value'],
  SUM: ['values'],
  BUDGETSCORE: ['actual', 'budget', 'weight?'],
};

describeIfExists(metadataFile, 'functions.json is produced by the build (npm run build)')('built functions.json', () => {
  const functions = (): FunctionMetadata[] => JSON.parse(fs.readFileSync(metadataFile, 'utf8')).functions;

  test('offers exactly the PERF functions, with bare ids (Excel adds the PERF namespace)', () => {
    expect(functions().map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions()) expect(f.name).toBe(f.id);
  });

  test.each(Object.entries(EXPECTED))('%s has a Chinese description and its parameters', (id, params) => {
    const f = functions().find((x) => x.id === id)!;
    expect(f.description).toMatch(CHINESE);
    expect(f.parameters.map((p) => p.name + (p.optional ? '?' : ''))).toEqual(params);
    for (const p of f.parameters) expect(p.description).toMatch(CHINESE);
  });

  test('SUM takes a range and PARSE returns a row', () => {
    expect(functions().find((f) => f.id === 'SUM')!.parameters[0].dimensionality).toBe('matrix');
    expect(functions().find((f) => f.id === 'PARSE')!.result.dimensionality).toBe('matrix');
  });
});
