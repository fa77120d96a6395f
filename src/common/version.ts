/** package.json's version, written in by the build (webpack DefinePlugin); 'dev' in tests. */
declare const __ADDIN_VERSION__: string | undefined;

export const ADDIN_VERSION: string = typeof __ADDIN_VERSION__ === 'string' ? __ADDIN_VERSION__ : 'dev';
