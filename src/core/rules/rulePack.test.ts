import { D } from '../decimal';
import { defaultPack, getPack, packs } from './rulePack';

describe('rule packs', () => {
  test('ids are unique and found by getPack', () => {
    expect(packs.map((pack) => getPack(pack.id)?.id)).toEqual(packs.map((pack) => pack.id));
    expect(new Set(packs.map((pack) => pack.id)).size).toBe(packs.length);
  });

  test('an unknown id gives null', () => {
    expect(getPack('nowhere')).toBeNull();
  });

  test.each(packs.map((pack) => [pack.id, pack] as const))('%s: weights add up to 100 and grade bands descend', (_id, pack) => {
    const sum = (values: object) => Object.values(values).reduce((s: ReturnType<typeof D>, x) => s.plus(x), D(0));
    const mins = pack.gradeBands.map((band) => band.min.toNumber());
    expect([sum(pack.projectWeights).toString(), sum(pack.deptWeights).toString(), mins]).toEqual(['100', '100', [...mins].sort((a, b) => b - a)]);
  });

  test('the default 投入管理 split adds up to its weight (seed 000)', () => {
    const total = Object.values(defaultPack.deptInputSplit).reduce((s, x) => s.plus(x), D(0));
    expect(total.equals(defaultPack.deptWeights.input)).toBe(true);
  });
});
