import { escapeXstring, unescapeXstring } from './xstring';

describe('escapeXstring / unescapeXstring', () => {
  test.each([
    ['a\x08b', 'a_x0008_b'],
    ['lit _x0008_ x', 'lit _x005F_x0008_ x'],
    ['cr\r lf\n tab\t', 'cr_x000D_ lf\n tab\t'],
    ['\x1b[31m红\x1b[0m', '_x001B_[31m红_x001B_[0m'],
    ['\x01_x1234_', '_x0001__x005F_x1234_'],
    ['_x12\x01', '_x12_x0001_'],
    ['\ufffe\uffff', '_xFFFE__xFFFF_'],
    ['上海 _x 无', '上海 _x 无'],
  ])('%j → %j and back', (text, escaped) => {
    expect(escapeXstring(text)).toBe(escaped);
    expect(unescapeXstring(escaped)).toBe(text);
  });

  test('decodes in one pass, as Excel reads', () => expect(unescapeXstring('_x005F_x0041_ _x0041_')).toBe('_x0041_ A'));
});
