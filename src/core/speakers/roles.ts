/** Who carries a role word in the article: "Senator Ann Cole", "Pennsylvania Gov. Raj Patel",
 *  "Cole, a spokeswoman for the port". A later "the senator said" stands for that person, when
 *  exactly one person carries the word by then. */
import { work } from '../text/work';
import { ResolvedMention } from '../entities/entities';
import { honorifics, titleHeads } from '../lexicon/lexicon';
import { Entity } from '../types';
import { describers } from './reportingVerbs';
import type { SpeakerContext } from './context';

/** Short titles before names, and the role word each stands for. */
const SHORT_TITLES = new Map([
  ['sen', 'senator'], ['gov', 'governor'], ['rep', 'representative'], ['gen', 'general'], ['lt', 'lieutenant'],
  ['col', 'colonel'], ['capt', 'captain'], ['sgt', 'sergeant'], ['adm', 'admiral'], ['atty', 'attorney'],
  ['amb', 'ambassador'], ['cmdr', 'commander'], ['prof', 'professor'], ['supt', 'superintendent'],
]);
/** Words that make a role another one ("vice president", "deputy mayor"). */
const RANK_MODIFIERS = new Set(['vice', 'deputy', 'assistant', 'associate', 'acting', 'lieutenant', 'under']);
/** How many words before a name, or after the comma behind it, a role word may stand. */
const ROLE_REACH = 4;

/** The role a word names ("Gov." → "governor", "spokeswoman"), singular only. */
export function roleOf(word: string): string | undefined {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  const role = SHORT_TITLES.get(w) ?? w;
  if (honorifics.has(role) || honorifics.has(word)) return undefined;
  // ("officials", "senators": a plural names more than one person)
  if (role.endsWith('s') && !role.endsWith('ss') && describers.has(role.slice(0, -1))) return undefined;
  return describers.has(role) || titleHeads.has(role) ? role : undefined;
}

interface Holders {
  first: Entity;
  /** Where the article first gives the first person the role, and a second person, if any. */
  start: number;
  second?: { entity: Entity; start: number };
}

export class RoleHolders {
  private readonly byRole = new Map<string, Holders>();

  constructor(c: SpeakerContext, mentions: ResolvedMention[]) {
    const { tokens: t, quoted } = c;
    for (const m of mentions) {
      const from = m.candidate.from;
      if (m.entity.kind !== 'person' || m.candidate.nested || quoted[from]) continue;
      const sentence = c.sentence[from];
      // the title words before the name: "Senate Majority Leader", "campaign spokeswoman"
      for (let j = from - 1; j >= 0 && from - j <= ROLE_REACH && t[j].joinsNext && c.sentence[j] === sentence && !quoted[j] && !c.mentionAt[j]; j--) {
        work.steps++;
        const role = roleOf(t[j].lower);
        // ("Vice President Raj Patel" is no president)
        if (role && j > 0 && t[j - 1].joinsNext && RANK_MODIFIERS.has(t[j - 1].lower)) break;
        if (role) this.add(role, m.entity, t[from].start);
        else if (!t[j].cap) break;
      }
      // the appositive after it: "Ann Cole, a spokeswoman for…", "Cole, the port's director,"
      const to = m.candidate.to;
      if (!t[to] || !c.commaAfter(to - 1)) continue;
      for (let j = to; j < t.length && j - to < ROLE_REACH && c.sentence[j] === sentence && !quoted[j] && !c.mentionAt[j]; j++) {
        work.steps++;
        const role = roleOf(t[j].lower);
        if (role) {
          this.add(role, m.entity, t[from].start);
          break;
        }
        if (!t[j].joinsNext) break;
      }
    }
  }

  private add(role: string, e: Entity, start: number) {
    const h = this.byRole.get(role);
    if (!h) this.byRole.set(role, { first: e, start });
    else if (h.first !== e && !h.second) h.second = { entity: e, start };
  }

  /** The one person the article gives a role before an offset; none if it gives it to two. */
  holder(role: string | undefined, offset: number): Entity | undefined {
    const h = role ? this.byRole.get(role) : undefined;
    if (!h || h.start >= offset) return undefined;
    return h.second && h.second.start < offset ? undefined : h.first;
  }
}
