import { escapeHtml, jsonForScript } from './escape';

describe('escapeHtml', () => {
  test.each([
    ['<img src=x onerror=alert(1)>', '&#60;img src=x onerror=alert(1)&#62;'],
    ['a & b', 'a &#38; b'],
    ['"quoted" \'single\'', '&#34;quoted&#34; &#39;single&#39;'],
    ['上海市闵行区', '上海市闵行区'],
  ])('%j → %j', (text, html) => expect(escapeHtml(text)).toBe(html));
});

describe('jsonForScript', () => {
  test.each([['</script><script>alert(1)</script>'], ['<!-- x -->'], ['a\u2028b\u2029c'], ['&amp;'], ['上海']])('%j cannot end the block and parses back', (text) => {
    const json = jsonForScript({ text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text });
  });
});
