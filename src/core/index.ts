/** The analysis core: no VS Code, no Node APIs. Used by the extension, the CLI and the tests. */
export { analyze } from './analyze';
export * from './types';
export * from './format';
export { lineStarts, positionAt } from './text';
