/** The opt-in perceived-gender estimate: from the title an article gives a person (Mr., Ms.,
 *  Mrs., Miss) or else from a first name found in only one of the bundled first-name lists. It is
 *  an estimate from names, not a fact about anyone, and "unknown" is always a possible answer. */
export type PerceivedGender = 'female' | 'male' | 'unknown';

/** Lower-case first names that belong to one list only (a name on both lists tells nothing). */
export interface GenderNames {
  female: ReadonlySet<string>;
  male: ReadonlySet<string>;
}

export type Title = 'mr' | 'mrs' | 'ms' | 'miss';

const TITLE = /^(mr|mrs|ms|miss)\.?\s/i;

/** The title among a person's spellings ("Mr. Okafor" → "mr"), or undefined. */
export function titleOf(aliases: readonly string[]): Title | undefined {
  for (const alias of aliases) {
    const m = TITLE.exec(alias);
    if (m) return m[1].toLowerCase() as Title;
  }
  return undefined;
}

const TITLE_BEFORE = /\b(mr|mrs|ms|miss)\.?\s+$/i;

/** The title an article puts before any mention of a person ("Mr. Okafor"), or undefined. The
 *  title is outside the mention, so the text is read just before it. */
export function titleInText(text: string, mentions: readonly { start: number }[]): Title | undefined {
  for (const m of mentions) {
    const found = TITLE_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start));
    if (found) return found[1].toLowerCase() as Title;
  }
  return undefined;
}

export function perceivedGender(name: string, title: Title | undefined, names: GenderNames): PerceivedGender {
  if (title === 'mr') return 'male';
  if (title) return 'female';
  const words = name.split(/\s+/).filter(Boolean);
  // a one-word name is most often a surname ("Kerry" is a first name too): it says nothing
  if (words.length < 2) return 'unknown';
  const first = words[0].toLowerCase();
  if (names.female.has(first)) return 'female';
  if (names.male.has(first)) return 'male';
  return 'unknown';
}

/** Names that are on one list only, from two lists of first names. */
export function exclusiveNames(femaleNames: readonly string[], maleNames: readonly string[]): GenderNames {
  const female = new Set(femaleNames.map((n) => n.toLowerCase()));
  const male = new Set(maleNames.map((n) => n.toLowerCase()));
  for (const n of [...female]) {
    if (male.delete(n)) female.delete(n);
  }
  return { female, male };
}
