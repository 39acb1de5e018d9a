/** Finds and reads the team dictionary for the command line: `--dictionary FILE`, or else
 *  `.newslens/dictionary.json` in the article's folder or the nearest folder above it, the way git
 *  looks for `.git`. A broken dictionary is reported with its line and column and not applied. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Dictionary, DICTIONARY_PATH, parseDictionary } from '../core';

export interface DictionaryRead {
  dictionary?: Dictionary;
  file?: string;
  error?: string;
}

export function findDictionary(article: string): string | undefined {
  for (let dir = path.dirname(path.resolve(article)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, DICTIONARY_PATH);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Reads one dictionary file (files are read once per run: many articles share one). */
export function readDictionaryFile(file: string, cache = new Map<string, DictionaryRead>()): DictionaryRead {
  const known = cache.get(file);
  if (known) return known;
  let read: DictionaryRead;
  try {
    const parsed = parseDictionary(fs.readFileSync(file, 'utf8'));
    read = 'dictionary' in parsed ? { dictionary: parsed.dictionary, file }
      : { file, error: `${file}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}; the dictionary is not applied until it is fixed` };
  } catch (e) {
    read = { file, error: `cannot read ${file}: ${(e as Error).message}` };
  }
  cache.set(file, read);
  return read;
}

/** The dictionary that applies to an article: the one given, else the nearest one found. */
export function dictionaryFor(article: string, given: string | undefined, cache?: Map<string, DictionaryRead>): DictionaryRead {
  const file = given ?? findDictionary(article);
  return file ? readDictionaryFile(file, cache) : {};
}
