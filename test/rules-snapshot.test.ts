import * as fs from 'fs';
import { renderRulesSnapshot, SNAPSHOT_PATH } from './tools/write-rules-snapshot';

test('test/snapshots/rules.md matches the rules engine (else run `npm run rules:snapshot` and review the diff)', () => {
  const committed = fs.existsSync(SNAPSHOT_PATH) ? fs.readFileSync(SNAPSHOT_PATH, 'utf8') : '(missing)';
  expect(committed).toBe(renderRulesSnapshot());
});
