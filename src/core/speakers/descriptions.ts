/** Speakers described, not named: "a spokesman", "the French trade minister", and the one person
 *  a country's description stands for when the article titles exactly one with it. */
import { work } from '../text/work';
import { ResolvedMention } from '../entities/entities';
import { Entity } from '../types';
import { Attribution, SpeakerContext } from './context';
import { reportingVerbs } from './reportingVerbs';
import { roleOf } from './roles';

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'his', 'her', 'their']);

export class Descriptions {
  constructor(private readonly c: SpeakerContext) {}

  /** "the official", "a senior administration official": a speaker described, not named. */
  description(k: number): Attribution {
    const { tokens: t, text, quoted } = this.c;
    let from = k;
    while (from > 0 && k - from < 5 && t[from - 1].joinsNext && this.c.sentence[from - 1] === this.c.sentence[k] && !reportingVerbs.has(t[from - 1].lower) && !quoted[from - 1]) {
      work.steps++;
      from--;
      if (DETERMINERS.has(t[from].lower)) break;
    }
    if (!DETERMINERS.has(t[from].lower) && from < k) from = k;
    const description = text.slice(t[from].start, t[k].end);
    const mention = { start: t[from].start, end: t[k].end };
    const person = this.countrysOwn(from, k);
    if (person) return { entity: person, description, mention, rule: 'speaker.description' };
    // "the senator said", after "Senator Ann Cole" and no other senator
    const holder = t[from].lower === 'the' && this.c.rules.on('speaker.description-role') ? this.c.roles.holder(roleOf(t[k].lower), t[from].start) : undefined;
    if (holder) return { entity: holder, description, mention, rule: 'speaker.description-role' };
    return { entity: null, description, mention, rule: 'speaker.description' };
  }

  /** "France's top envoy", "the French trade minister": one person, the one the article titles
   *  with that country, when it titles exactly one. "A French official" stays a description. */
  private countrysOwn(from: number, head: number): Entity | undefined {
    const { tokens: t, mentionAt } = this.c;
    if (t[head].lower.endsWith('s') && !t[head].lower.endsWith('ss')) return undefined;
    let country: ResolvedMention | undefined;
    // "France's top envoy": the owner just before the description's modifiers
    let k = from;
    while (k > 0 && head - k < 4 && t[k - 1].joinsNext && this.c.sentence[k - 1] === this.c.sentence[head] && !t[k - 1].cap) k--;
    if (k > 0 && t[k - 1].possessive) {
      const m = mentionAt[k - 1];
      if (m?.entity.kind === 'country') country = m;
    }
    // "the French trade minister"
    if (!country && t[from].lower === 'the') {
      for (let j = from + 1; j < head; j++) {
        work.steps++;
        const m = mentionAt[j];
        if (m?.entity.kind === 'country') country = m;
      }
    }
    const people = country ? this.c.titledBy.get(country.entity.id) : undefined;
    return people && people.size === 1 ? [...people][0] : undefined;
  }
}
