import { visible } from './visible';

describe('visible', () => {
  test.each([
    ['培训\x1b[31m中心', '培训␛[31m中心'],
    ['a\tb\nc\rd', 'a␉b␊c␍d'],
    ['\x00\x07\x1f', '␀␇␟'],
    ['\x7f\x80\x9b\x9f', '\ufffd\ufffd\ufffd\ufffd'],
    ['上海市闵行区 ≥85.00(%) ␛', '上海市闵行区 ≥85.00(%) ␛'],
  ])('%j → %j', (text, shown) => expect(visible(text)).toBe(shown));
});
