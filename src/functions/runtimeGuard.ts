/**
 * The build appends `CustomFunctions.associate(...)` calls to functions.ts. Inside Excel
 * (and wherever Office.js loaded) the global exists; when the page is opened without
 * Office.js — a browser test, or the CDN unreachable — a no-op stand-in keeps the script
 * from throwing, so the task pane still works. Imported first by functions.ts.
 */
const host = globalThis as { CustomFunctions?: { associate?: unknown } };
if (typeof host.CustomFunctions?.associate !== 'function') {
  host.CustomFunctions = { ...host.CustomFunctions, associate: () => undefined };
}

export {};
