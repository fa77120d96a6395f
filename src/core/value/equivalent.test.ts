import { equivalentValues } from './equivalent';
import { parseValue } from './parseValue';

// Seed 001: the target table's 指标目标值 against the report tables' 计划 (rules.md §5).
describe('equivalentValues', () => {
  test.each([
    ['15万人次', '=150000.00(人次)', true],
    ['47 套', '=47.00(套)', true],
    ['679 人次', '=679.00(人次)', true],
    ['7040 人次', '=7040.00(人次)', true],
    ['不少于 100 件', '≥100.00(件)', true],
    ['≥460', '≥460.00(人)', true],
    ['>80%', '>80.00(%)', true],
    ['100%', '=100.00(%)', true],
    ['≥5%', '≥5.00(%)', true],
    ['>500 人次', '>500.00(人次)', true],
    ['90%', '>90.00(%)', false],
    ['350', '=350.00(万)', false],
    ['100%', '百分百', true],
    ['及时', '及时', true],
    ['达成指标', '达成预期指标', true],
    ['达成指标', '部分达成指标', false],
    ['提升', '无', false],
    ['=4(个)', '=4(台)', false],
  ])('%s ≡ %s: %p', (a, b, expected) => {
    expect(equivalentValues(parseValue(a), parseValue(b))).toBe(expected);
  });
});
