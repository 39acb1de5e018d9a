/** The first names that say a person's gender, from the project's lexicon (compromise's tags and
 *  the Moby lists of English first names, see scripts/gen-lexicon.mjs): the same sets the speaker
 *  rules use for pronouns, so the bundle carries the lists once. */
import { femaleFirstNames, maleFirstNames } from '../lexicon/lexicon';
import { GenderNames } from './gender';

export function bundledGenderNames(): GenderNames {
  return { female: femaleFirstNames, male: maleFirstNames };
}
