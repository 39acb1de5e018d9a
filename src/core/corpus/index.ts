/** Who gets a voice, across one article or a corpus: sources per speaker, the opt-in perceived
 *  gender estimate, and quote drift. Pure: no VS Code, no Node. */
export * from './sources';
export * from './gender';
export * from './drift';
export * from './report';
export { diffWords } from './diff';
export type { DiffWord, WordDiff } from './diff';
export { QuoteIndex, MATCHING } from './quoteIndex';
export { normalWords, countWords } from './words';
export { shareChart, balanceChart } from './charts';
export { sourcesPage, comparePage } from './html';
export type { PageOptions, ComparedVersion } from './html';
