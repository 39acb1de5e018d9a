/** The analysis core: no VS Code, no Node APIs. Used by the extension, the CLI and the tests. */
export { analyze } from './analyze';
export * from './types';
export * from './format';
export { lineStarts, positionAt } from './text';
export * from './annotations';
export * from './sidecar';
export { toBrat, parseBrat } from './brat';
export type { BratDocument, BratTextBound } from './brat';
