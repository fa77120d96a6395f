import * as fs from 'fs';
import { parseRulePackFile } from '../../src/core/rules/packFile';
import { yitihua2022Pack } from '../../src/core/rules/rulePack';
import { EXAMPLE_PATH, generatedFiles, SCHEMA_PATH } from '../tools/write-rules-snapshot';

const committed = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(missing)');

test.each(generatedFiles().map(([file, text]) => [file.replace(/^.*\/(docs|test)\//, '$1/'), file, text]))(
  '%s is current (else run `npm run rules:snapshot` and review the diff)',
  (_name, file, text) => {
    expect(committed(file)).toBe(text);
  },
);

test('the example pack file is valid and names every key of the schema', () => {
  const example = JSON.parse(committed(EXAMPLE_PATH));
  const schema = JSON.parse(committed(SCHEMA_PATH));
  expect(Object.keys(example).sort()).toEqual(Object.keys(schema.properties).sort());
  const pack = parseRulePackFile(committed(EXAMPLE_PATH));
  expect({ ...pack, id: yitihua2022Pack.id, name: yitihua2022Pack.name, source: yitihua2022Pack.source }).toEqual(yitihua2022Pack);
});

test('docs/rule-pack.md explains every key of the schema', () => {
  const doc = committed(SCHEMA_PATH.replace(/rule-pack\.schema\.json$/, 'rule-pack.md'));
  const keys = Object.keys(JSON.parse(committed(SCHEMA_PATH)).properties);
  expect(keys.filter((key) => !doc.includes(`\`${key}\``))).toEqual([]);
});
