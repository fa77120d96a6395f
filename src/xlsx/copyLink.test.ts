import { copyLink } from './copyLink';

describe('copyLink', () => {
  test.each([
    ['checked/a.checked.xlsx', 'checked/a.checked.xlsx'],
    ['checked/单位 1.checked.xlsx', 'checked/%E5%8D%95%E4%BD%8D%201.checked.xlsx'],
    ['\\\\host\\share\\r.checked.xlsx', './%5C%5Chost%5Cshare%5Cr.checked.xlsx'],
    ['..\\out\\a#1.xlsx', './..%5Cout%5Ca%231.xlsx'],
    ['../out/\\\\host\\r.checked.xlsx', '../out/%5C%5Chost%5Cr.checked.xlsx'],
    ['C:x.checked.xlsx', './C%3Ax.checked.xlsx'],
    ['javascript:alert(1).xlsx', './javascript%3Aalert(1).xlsx'],
    ['/abs/a.xlsx', 'abs/a.xlsx'],
    ['//host/share/a.xlsx', 'host/share/a.xlsx'],
    ['./a?%.xlsx', './a%3F%25.xlsx'],
    ['a\ud800.xlsx', 'a%EF%BF%BD.xlsx'],
  ])('%j → %j', (p, href) => expect(copyLink(p)).toBe(href));

  test.each(['\\\\h\\s', '//h/s', 'C:\\x', 'c:x', 'http:x', 'file:x', '\\x'])('%j never starts a link to a host, a drive or a scheme', (p) => {
    const href = copyLink(p);
    for (const form of [href, decodeURIComponent(href)]) expect(form).not.toMatch(/^(\/\/|\\\\|[a-z][a-z0-9+.-]*:|\/)/i);
  });
});
