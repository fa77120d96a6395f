import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

/**
 * Structural checks of a built manifest that the XML schema cannot make: every resid
 * resolves to a resource, every URL is https on one origin and names a file that the
 * build produced, the custom-function namespace is PERF. Returns the problems found.
 */
export function checkManifest(xml: string, distDir: string, expectedOrigin: string): string[] {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'text/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return ['manifest is not well-formed XML'];
  const problems: string[] = [];
  const all = Array.from(doc.getElementsByTagName('*'));
  const resources = new Map<string, string>();
  for (const el of all) {
    const id = el.getAttribute('id');
    if (id && /^(bt:)?(Image|Url|String)$/.test(el.tagName)) resources.set(id, el.getAttribute('DefaultValue') ?? '');
  }
  for (const el of all) {
    const resid = el.getAttribute('resid');
    if (resid && !resources.has(resid)) problems.push(`resid "${resid}" on <${el.tagName}> has no resource`);
  }
  const urls = all.flatMap((el) => {
    const v = el.getAttribute('DefaultValue');
    return v && /^https?:/i.test(v) ? [v] : [];
  });
  for (const url of urls) {
    if (!url.startsWith(expectedOrigin)) problems.push(`URL ${url} is not on ${expectedOrigin}`);
    const file = url.startsWith(expectedOrigin) ? url.slice(expectedOrigin.length).split(/[?#]/)[0] : '';
    if (file && !fs.existsSync(path.join(distDir, file))) problems.push(`URL ${url} names ${file}, which the build did not produce`);
  }
  for (const domain of Array.from(doc.getElementsByTagName('AppDomain'))) {
    if (!expectedOrigin.startsWith(domain.textContent ?? '\0')) problems.push(`AppDomain ${domain.textContent} is not ${expectedOrigin}`);
  }
  const ns = doc.getElementsByTagName('Namespace')[0]?.getAttribute('resid');
  if (!ns || resources.get(ns) !== 'PERF') problems.push('custom-function namespace is not PERF');
  return problems;
}
