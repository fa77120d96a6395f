import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkManifest } from './checkManifest';
import { describeIfExists, distDir, repoRoot, sharedDir } from '../support/paths';

const builtManifest = path.join(distDir, 'manifest.xml');
/** The origin the build was made for (the test build's own, or a real one): written by the build beside the manifest. */
const buildInfo = (): { version: string; origin: string } => JSON.parse(fs.readFileSync(path.join(distDir, 'build-info.json'), 'utf8'));
const schema = path.join(sharedDir, 'manifest-schemas', 'OfficeAppManifestV1_1.xsd');

describeIfExists(builtManifest, 'manifest checks need the build (npm test builds it)')('built manifest', () => {
  const xml = () => fs.readFileSync(builtManifest, 'utf8');
  const productionOrigin = buildInfo().origin;

  test('every resid, URL and icon resolves to a built file on the production origin', () => {
    expect(checkManifest(xml(), distDir, productionOrigin)).toEqual([]);
    // A production (or test) build leaves no development URL behind; the dev server's build of npm start is all localhost.
    expect(xml().includes('localhost')).toBe(productionOrigin.includes('localhost'));
  });

  test('the source manifest points at the development server', () => {
    const source = fs.readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');
    expect(checkManifest(source, distDir, 'https://localhost:3000/')).toEqual([]);
  });

  test('SupportUrl and LearnMoreUrl lead to the help page; no AppDomains for the own origin', () => {
    const doc = xml();
    expect(doc).toMatch(new RegExp(`<SupportUrl DefaultValue="${productionOrigin}help\\.html"/>`));
    expect(doc).toMatch(new RegExp(`id="GetStarted.LearnMoreUrl" DefaultValue="${productionOrigin}help\\.html"`));
    expect(doc).not.toMatch(/<AppDomain>/);
    expect(fs.existsSync(path.join(distDir, 'help.html'))).toBe(true);
  });

  test('functions.json: no allowCustomDataForDataTypeAny (data types would reach PERF as objects), help URLs on the origin', () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(distDir, 'functions.json'), 'utf8'));
    expect(metadata).not.toHaveProperty('allowCustomDataForDataTypeAny');
    const helpUrls = metadata.functions.map((f: { helpUrl?: string }) => f.helpUrl).filter(Boolean);
    expect(helpUrls.every((u: string) => u === `${productionOrigin}help.html`)).toBe(true);
  });

  test.each([
    ['a dangling resid', (x: string) => x.replace('resid="Functions.Metadata.Url"', 'resid="Functions.Metadata.Missing"'), /has no resource/],
    ['a file the build lacks', (x: string) => x.replace('functions.json', 'functions-v2.json'), /did not produce/],
    ['a foreign origin', (x: string) => x.replace(`${productionOrigin}taskpane.html"`, 'http://evil.example/taskpane.html"'), /is not on/],
    ['another namespace', (x: string) => x.replace('DefaultValue="PERF"', 'DefaultValue="PERF2"'), /namespace/],
  ])('rejects %s', (_what, breakIt, problem) => {
    const problems = checkManifest(breakIt(xml()), distDir, productionOrigin);
    expect(problems.join('\n')).toMatch(problem);
  });
});

describeIfExists(schema, 'the schema check needs ../shared/manifest-schemas')('manifest schema (xmllint)', () => {
  const xmllint = (file: string) => spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  const broken = (name: string, edit: (xml: string) => string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), name);
    fs.writeFileSync(file, edit(fs.readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8')));
    return file;
  };

  test('manifest.xml validates', () => {
    expect(() => execFileSync('xmllint', ['--noout', '--schema', schema, path.join(repoRoot, 'manifest.xml')], { stdio: 'pipe' })).not.toThrow();
  });

  test.each([
    ['a runtime lifetime the schema does not know', (x: string) => x.replace('lifetime="long"', 'lifetime="forever"')],
    ['a custom-functions extension point without its script', (x: string) => x.replace(/<Script>[\s\S]*?<\/Script>/, '')],
    ['a permission that does not exist', (x: string) => x.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>')],
  ])('rejects %s', (_what, edit) => {
    const result = xmllint(broken('manifest.xml', edit));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/fails to validate|not valid|not an element of the set|Missing child|is not expected/i);
  });
});
