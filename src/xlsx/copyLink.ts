/**
 * The link to an annotated copy from the review page or the summary workbook, made from the
 * copy's path relative to that file (segments separated by `/`). Every segment is
 * percent-encoded (encodeURIComponent; a backslash, legal in a Linux file name, becomes %5C),
 * so that `#`, `?`, `%`, spaces and Chinese survive and no name can turn the link into another
 * kind: a copy named `\\host\share\r.checked.xlsx` must not become `//host/share/…`, which a
 * click on Windows turns into a connection to that host. Where the first segment holds `:` or
 * `\` (a scheme, a drive letter or a UNC name once decoded) the link starts with `./`, so that
 * it never starts with `//`, `\\`, `x:` or a drive letter, encoded or decoded; empty segments
 * (an absolute path) are dropped.
 * @example copyLink('checked/单位 1.checked.xlsx') // 'checked/%E5%8D%95%E4%BD%8D%201.checked.xlsx'
 * @example copyLink('\\\\host\\share\\r.checked.xlsx') // './%5C%5Chost%5Cshare%5Cr.checked.xlsx'
 * @example copyLink('C:x.checked.xlsx') // './C%3Ax.checked.xlsx'
 */
export function copyLink(relativePath: string): string {
  const segments = relativePath.split('/').filter((s) => s !== '');
  const href = segments.map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(wellFormed(s)))).join('/');
  return /[:\\]/.test(segments[0] ?? '') || href === '' ? `./${href}` : href;
}

/** Lone surrogates (which encodeURIComponent refuses) as U+FFFD. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDFFF]/gu, '\ufffd');
}
