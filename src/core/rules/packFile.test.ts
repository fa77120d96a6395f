import { parseRulePackFile, rulePackToFile, RulePackError } from './packFile';
import { packs, yitihua2022Pack } from './rulePack';

const file = (extra: Record<string, unknown>): string => JSON.stringify({ id: 'my-pack', name: '某地口径', ...extra });

function errorOf(text: string): string {
  try {
    parseRulePackFile(text);
  } catch (e) {
    if (e instanceof RulePackError) return e.message;
    throw e;
  }
  return '(no error)';
}

describe('parseRulePackFile: a bad file is one bilingual line naming the key', () => {
  test.each([
    ['not JSON', '{ id: 1', /^规则包不是有效的 JSON（.*）\/ rule pack: not valid JSON \(.*\)$/],
    ['an array', '[]', /^规则包应为 JSON 对象 \/ rule pack: expected a JSON object$/],
    ['a cap above 100', file({ executionRateCaps: [{ rateBelow: '80', maxTotal: '189' }] }), /^规则包 executionRateCaps\[0\]\.maxTotal 应为 0–100 的数字.* \/ rule pack executionRateCaps\[0\]\.maxTotal: expected a number 0–100/],
    ['an amount as a JSON number', file({ executionRateCaps: [{ rateBelow: 80, maxTotal: '89' }] }), /^规则包 executionRateCaps\[0\]\.rateBelow 应为 0–100 的数字（字符串/],
    ['a missing cap key', file({ executionRateCaps: [{ rateBelow: '80' }] }), /^规则包缺少 executionRateCaps\[0\]\.maxTotal（应为 0–100 的数字.*）\/ rule pack: missing executionRateCaps\[0\]\.maxTotal/],
    ['an unknown key', file({ executionRateCap: [] }), /^规则包 executionRateCap 不是规则包的键.*\/ rule pack executionRateCap: unknown key/],
    ['an unknown nested key', file({ deviationDeduction: { ratio: '0.3', point: '2' } }), /^规则包 deviationDeduction\.point 不是规则包的键/],
    ['a ratio above 1', file({ deviationDeduction: { ratio: '30', points: '2' } }), /^规则包 deviationDeduction\.ratio 应为 0–1 的数字.* \/ rule pack deviationDeduction\.ratio: expected a number 0–1/],
    ['a bad rounding', file({ rounding: 'half-up' }), /^规则包 rounding 应为 "cut" \/ "round" 之一 \/ rule pack rounding: expected one of "cut" \/ "round"$/],
    ['no id', JSON.stringify({ name: 'x' }), /^规则包缺少 id（应为 .*）\/ rule pack: missing id/],
    ['an id with capitals', file({ id: 'My Pack' }), /^规则包 id 应为 由小写字母/],
    ['a built-in id', file({ id: 'default' }), /^规则包 id 应为 不同于内置规则包（default \/ pmkpi \/ yitihua-2022）的 id/],
    ['an unknown base', file({ extends: 'guangxi' }), /^规则包 extends 应为 内置规则包的 id（default \/ pmkpi \/ yitihua-2022）/],
    ['grade bands rising', file({ gradeBands: [{ min: '80', grade: '良' }, { min: '90', grade: '优' }] }), /^规则包 gradeBands\[1\]\.min 应为 低于上一档 80 的数字/],
    ['a grade twice', file({ gradeBands: [{ min: '90', grade: '优' }, { min: '80', grade: '优' }] }), /^规则包 gradeBands\[1\]\.grade 应为 未用过的等级/],
    ['a bad grade', file({ gradeBands: [{ min: '90', grade: 'A' }] }), /^规则包 gradeBands\[0\]\.grade 应为 "优" \/ "良" \/ "中" 之一/],
    ['weights not 100', file({ projectWeights: { output: '60', outcome: '30', satisfaction: '10', funds: '10' } }), /^规则包 projectWeights 应为 合计 100 的分值（现为 110）/],
    ['partial above met', file({ qualitativeBands: { met: '0.6', partial: '0.8' } }), /^规则包 qualitativeBands\.partial 应为 小于 met（0\.6）的比例/],
    ['a split off its weight', file({ deptWeights: { input: '20', output: '35', outcome: '35', satisfaction: '10' } }), /^规则包 deptInputSplit 应为 合计等于 deptWeights\.input（20）的分值（现为 30）/],
    ['a bad caps list', file({ executionRateCaps: {} }), /^规则包 executionRateCaps 应为 封顶规则数组/],
    ['a bad null', file({ rateWarningBelow: 'none' }), /^规则包 rateWarningBelow 应为 0–100 的数字/],
  ])('%s', (_case, text, line) => {
    const message = errorOf(text);
    expect(message).toMatch(line);
    expect(message).not.toMatch(/\n/);
  });
});

describe('parseRulePackFile: a good file', () => {
  test('keys left out keep the base pack (default unless extends names one)', () => {
    const pack = parseRulePackFile(file({ extends: 'yitihua-2022', rounding: 'round' }));
    expect([pack.id, pack.rounding, pack.executionRateCaps.length, pack.deviationDeduction?.points.toString(), pack.reverseFormula]).toEqual(['my-pack', 'round', 4, '2', 'ratio']);
    expect(parseRulePackFile(file({})).executionRateCaps).toEqual([]);
  });

  test('a key given replaces the base value whole; null clears it', () => {
    const pack = parseRulePackFile(file({ extends: 'yitihua-2022', executionRateCaps: [{ rateBelow: '90', maxTotal: '95.5' }], deviationDeduction: null, rateWarningBelow: null }));
    expect([pack.executionRateCaps.map((c) => [c.rateBelow.toString(), c.maxTotal.toString()]), pack.deviationDeduction, pack.rateWarningBelow]).toEqual([[['90', '95.5']], null, null]);
  });

  test('a byte-order mark and a $schema key are accepted', () => {
    expect(parseRulePackFile(`\uFEFF${file({ $schema: './rule-pack.schema.json' })}`).id).toBe('my-pack');
  });

  test.each(packs.map((p) => [p.id, p] as const))('built-in %s written as a file reads back the same (renamed)', (_id, pack) => {
    const text = JSON.stringify({ ...rulePackToFile(pack), id: 'copy' });
    expect({ ...parseRulePackFile(text), id: pack.id }).toEqual(pack);
  });

  test('amounts stay exact decimals', () => {
    const pack = parseRulePackFile(file({ executionRateCaps: [{ rateBelow: '79.999999999999999999', maxTotal: '89' }] }));
    expect(pack.executionRateCaps[0].rateBelow.toString()).toBe('79.999999999999999999');
    expect(yitihua2022Pack.executionRateCaps).toHaveLength(4);
  });
});
