import { makeQuant, readUnit } from './quantity';
import { D } from '../decimal';

describe('readUnit', () => {
  test.each<[string | null, string, string | null]>([
    [null, '1', null],
    ['人次', '1', '人次'],
    ['万人次', '10000', '人次'],
    ['亿', '100000000', null],
    ['万', '10000', null],
    ['场(4场招聘,36场面试)', '1', '场'],
    [' 套 (含清洗)', '1', '套'],
    ['(备注)', '1', null],
  ])('%p → scale %s, unit %p', (unitWritten, scale, unit) => {
    const read = readUnit(unitWritten);
    expect([read.scale.toString(), read.unit]).toEqual([scale, unit]);
  });
});

describe('makeQuant: amount = written × scale at D precision', () => {
  test.each([
    ['973', '人', '973'],
    ['15', '万人次', '150000'],
    ['-0', null, '-0'],
    // 35 digits stay exact; beyond D's 40 digits the product is rounded, as multiplying by 1 rounds.
    ['12345678901234567890123456789012345', null, '12345678901234567890123456789012345'],
    ['1234567890123456789012345678901234567890123', null, '1234567890123456789012345678901234567890000'],
    ['1234567890123456789012345678901234567890123', '个', '1234567890123456789012345678901234567890000'],
  ])('%s (%p) → %s', (written, unit, amount) => {
    const q = makeQuant(null, D(written), unit, written);
    expect((q.amount.isNegative() ? '-' : '') + q.amount.abs().toFixed()).toBe(amount);
  });
});
