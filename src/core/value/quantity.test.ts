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

describe('makeQuant: amount = written × scale (万/亿), at D precision when scaled', () => {
  test.each([
    ['973', '人', '973'],
    ['15', '万人次', '150000'],
    ['-0', null, '-0'],
    ['12345678901234567890123456789012345', null, '12345678901234567890123456789012345'],
    // Without a scale the amount is the number as written, every digit of it; a scaled product is rounded to D's 40 digits.
    ['1234567890123456789012345678901234567890123', null, '1234567890123456789012345678901234567890123'],
    ['1234567890123456789012345678901234567890123', '个', '1234567890123456789012345678901234567890123'],
    ['1234567890123456789012345678901234567890123', '万个', '12345678901234567890123456789012345678900000000'],
  ])('%s (%p) → %s', (written, unit, amount) => {
    const q = makeQuant(null, D(written), unit, written);
    expect((q.amount.isNegative() ? '-' : '') + q.amount.abs().toFixed()).toBe(amount);
  });
});
