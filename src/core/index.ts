/** The analysis core: no VS Code, no Node APIs. Used by the extension, the CLI and the tests. */
export { analyze } from './analyze';
export * from './types';
export { allRules } from './rules';
export type { AnalyzeOptions, RuleInfo } from './rules';
export * from './reader/format';
export { lineStarts, positionAt } from './text/text';
export * from './reader/annotations';
export * from './reader/sidecar';
export { toBrat, parseBrat } from './reader/brat';
export { fromBrat } from './reader/bratImport';
export type { BratImport } from './reader/bratImport';
export * from './reader/dictionary';
export type { BratDocument, BratTextBound } from './reader/brat';
