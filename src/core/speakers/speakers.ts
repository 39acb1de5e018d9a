/** Attributes each quotation to its speaker: "X said", "said X", "X told reporters", "according
 *  to X", "X said in a statement", a speaker before a colon or "that", a pronoun ("he said")
 *  resolved to the last person named, and quotes that continue the previous speaker. */
import { work } from '../text/work';
import { ResolvedMention } from '../entities/entities';
import { actorNouns, personPronouns, speechVerbs, titleWords } from '../lexicon/lexicon';
import { QuoteSpan } from '../quotes/quotes';
import { Token } from '../text/tokens';
import { Entity } from '../types';
import { RuleSwitch } from '../rules';
import { firstIndexWhereNot } from '../text/text';

export interface Attribution {
  entity: Entity | null;
  description?: string;
  mention?: { start: number; end: number };
  verb?: string;
  /** The id of the rule that found the speaker (src/core/rules.ts). */
  rule?: string;
}

/** How far from the quote an attribution may sit, in words. */
const WINDOW = 14;
/** How far back a quote without attribution looks for the sentence that introduces it, in words. */
const MAX_LOOKBACK = 80;

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'his', 'her', 'their']);
const MODIFIER_ARTICLES = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set(['from', 'by', 'with', 'to', 'of', 'for', 'about', 'against', 'on', 'at', 'in', 'than', 'like', 'after', 'before']);
const VERB_OBJECTS = new Set(['reporters', 'journalists', 'media', 'press', 'statement', 'interview']);

/** Index of an entity's first mention starting at or after an offset (binary search). */
function firstMentionFrom(e: Entity, offset: number): number {
  return firstIndexWhereNot(e.mentions.length, (k) => e.mentions[k].start < offset);
}

export class SpeakerFinder {
  /** Token index → the entity mention covering it. */
  private readonly mentionAt: (ResolvedMention | undefined)[];
  /** Token index → inside a quotation. */
  private readonly quoted: Uint8Array;
  /** Token index → the last person named outside quotes at or before it. */
  private readonly lastPerson: (Entity | undefined)[];
  /** Country id → the people the article titles with that country ("Russian Foreign Minister Sergey Lavrov"). */
  private readonly titledBy = new Map<string, Set<Entity>>();
  /** The quote being attributed: a pronoun does not stand for a person it names. */
  private current: QuoteSpan | undefined;

  constructor(private readonly text: string, private readonly tokens: Token[], mentions: ResolvedMention[], quotes: QuoteSpan[], readonly rules: RuleSwitch = new RuleSwitch()) {
    this.mentionAt = new Array<ResolvedMention | undefined>(tokens.length).fill(undefined);
    for (const m of mentions) {
      // a namesake inside an institution's name ("Andy Warhol Foundation") is the institution here
      if (m.candidate.nested) continue;
      work.steps += m.candidate.to - m.candidate.from + 1;
      for (let k = m.candidate.from; k < m.candidate.to; k++) {
        const old = this.mentionAt[k];
        if (!old || (m.entity.kind === 'person' && old.entity.kind !== 'person')) this.mentionAt[k] = m;
      }
    }
    this.quoted = new Uint8Array(tokens.length);
    for (const m of mentions) {
      if (m.entity.kind !== 'person' || !m.candidate.titled) continue;
      // walk back over the title ("Foreign Minister", "Secretary of State") to a country before it
      let k = m.candidate.from - 1;
      while (k >= 0 && tokens[k].joinsNext && (titleWords.has(tokens[k].lower) || tokens[k].lower === 'of') && this.mentionAt[k] === undefined) k--;
      work.steps += m.candidate.from - k;
      const c = k >= 0 && k < m.candidate.from - 1 && tokens[k].joinsNext ? this.mentionAt[k] : undefined;
      if (c?.entity.kind !== 'country') continue;
      const set = this.titledBy.get(c.entity.id) ?? new Set<Entity>();
      set.add(m.entity);
      this.titledBy.set(c.entity.id, set);
    }
    // one forward pass: the tokens inside quotes, and the last person named at or before each
    // token, for pronouns
    let last: Entity | undefined;
    this.lastPerson = new Array<Entity | undefined>(tokens.length);
    let q = 0;
    work.steps += tokens.length + quotes.length;
    for (let k = 0; k < tokens.length; k++) {
      const start = tokens[k].start;
      while (q < quotes.length && quotes[q].end <= start) q++;
      if (q < quotes.length && quotes[q].start <= start) this.quoted[k] = 1;
      const m = this.mentionAt[k];
      if (m?.entity.kind === 'person' && !this.quoted[k]) {
        // "the Cruise video": a name after an article modifies a noun, and no pronoun stands for it
        const modifier = m.candidate.from === k && k > 0 && MODIFIER_ARTICLES.has(tokens[k - 1].lower) && tokens[k - 1].joinsNext;
        if (!(modifier || (m.candidate.from < k && last !== m.entity))) last = m.entity;
      }
      this.lastPerson[k] = last;
    }
  }

  /** The first token at or after an offset. */
  private tokenAt(offset: number): number {
    return firstIndexWhereNot(this.tokens.length, (k) => this.tokens[k].start < offset);
  }

  attribute(quotes: QuoteSpan[]): Attribution[] {
    const result: Attribution[] = [];
    let previous: { attribution: Attribution; end: number; line: number } | undefined;
    for (const q of quotes) {
      work.steps++;
      this.current = q;
      let a = this.dashByline(q) ?? this.inSentence(q);
      const first = this.tokenAt(q.start);
      const line = this.tokens[first]?.line ?? 0;
      if (!a) a = this.fromPreviousSentence(first);
      // no attribution of its own: the speaker of the quote just before goes on
      if (!a && previous && (previous.attribution.entity || previous.attribution.description) && line - previous.line <= 3 && !this.otherPersonBetween(previous.end, q.start)) {
        const p = previous.attribution;
        a = { entity: p.entity, description: p.description, mention: undefined, verb: p.verb };
      }
      a = a ?? { entity: null };
      result.push(a);
      previous = { attribution: a, end: q.end, line: this.tokens[Math.max(0, this.tokenAt(q.end) - 1)]?.line ?? line };
    }
    return result;
  }

  /** An attribution in the quote's own sentence, after the quote or before it. */
  private inSentence(q: QuoteSpan): Attribution | undefined {
    const t = this.tokens;
    const before = this.tokenAt(q.start) - 1;
    const after = this.tokenAt(q.end);
    const sentenceOf = (k: number) => t[k]?.sentence;
    const afterSentence = t[after] && after > 0 && sentenceOf(after) === sentenceOf(after - 1) ? sentenceOf(after) : t[after] && !t[after].sentenceStart ? sentenceOf(after) : undefined;
    const lead = this.text.slice(Math.max(0, q.start - 3), q.start);
    const introduced = /:\s*$/.test(lead) || (before >= 0 && t[before].lower === 'that');
    let pre = before >= 0 && !t[before + 1]?.sentenceStart || introduced ? this.scan(before, -1, t[before]?.sentence) : undefined;
    // 'Smith was clear about the plan: "…"': with no reporting verb, the person before the colon
    if (!pre && /:\s*$/.test(lead) && before >= 0) pre = this.personBefore(before, t[before].sentence);
    const post = afterSentence !== undefined ? this.scan(after, 1, afterSentence) : undefined;
    if (pre && (introduced || !post)) return pre;
    return post ?? pre;
  }

  /** Look for "<subject> <verb>" or "<verb> <subject>" from token k in direction dir. */
  private scan(k: number, dir: 1 | -1, sentence: number | undefined): Attribution | undefined {
    const t = this.tokens;
    let first: Attribution | undefined;
    for (let steps = 0; steps < WINDOW && k >= 0 && k < t.length && t[k].sentence === sentence && !this.quoted[k]; steps++, k += dir) {
      work.steps++;
      const w = t[k].lower;
      if (w === 'according' && t[k + 1]?.lower === 'to') {
        const s = this.subjectAfter(k + 2, sentence);
        if (s) {
          // (s is a new object of its own: it takes the verb)
          s.verb = 'according to';
          return s;
        }
      }
      if (!speechVerbs.has(w) || t[k].cap && !t[k].sentenceStart) continue;
      const verb = this.verbPhrase(k);
      const s = this.subjectBefore(k - 1, sentence) ?? this.subjectAfter(k + 1, sentence);
      if (!s) continue;
      // a country or an institution before a word like "answers" may be a noun's owner: a person
      // speaking further on in the sentence is the likelier speaker
      if (s.entity && s.entity.kind !== 'person' && dir === 1) {
        s.verb = verb;
        first ??= s;
        continue;
      }
      if (first && !s.entity && !s.description) return first;
      s.verb = verb;
      return s;
    }
    return first;
  }

  private verbPhrase(k: number): string {
    const t = this.tokens;
    const next = t[k + 1];
    if (next && VERB_OBJECTS.has(next.lower)) return `${t[k].text} ${next.text}`;
    if (next && t[k].joinsNext && ['in', 'on'].includes(next.lower) && t[k + 2] && VERB_OBJECTS.has(t[k + 3]?.lower ?? t[k + 2].lower)) {
      const end = VERB_OBJECTS.has(t[k + 2].lower) ? k + 2 : k + 3;
      return this.text.slice(t[k].start, t[end].end);
    }
    return t[k].text;
  }

  /** The speaker standing before a verb: a name, a pronoun or a description, within a few words. */
  private subjectBefore(k: number, sentence: number | undefined): Attribution | undefined {
    const t = this.tokens;
    let fallback: Attribution | undefined;
    for (let steps = 0; steps < 10 && k >= 0 && t[k].sentence === sentence && !this.quoted[k]; steps++, k--) {
      work.steps++;
      const m = this.mentionAt[k];
      if (m && (m.entity.kind === 'person' || !fallback)) {
        const found = { entity: m.entity, mention: { start: m.candidate.start, end: m.candidate.end } };
        if (m.entity.kind === 'person') return found;
        fallback ??= found;
      }
      if (personPronouns.has(t[k].lower) || (t[k].lower === 'they' && steps < 2)) {
        if (fallback) return fallback;
        const p = t[k].lower === 'they' ? undefined : this.lastPersonBefore(t[k].start);
        return { entity: p ?? null, mention: { start: t[k].start, end: t[k].end } };
      }
      if (actorNouns.has(t[k].lower.replace(/s$/, '')) || actorNouns.has(t[k].lower)) {
        const d = fallback ?? this.description(k);
        return this.appositiveHead(fallback ? this.tokenAt(d.mention!.start) : this.tokenAt(d.mention!.start), sentence) ?? d;
      }
      if (speechVerbs.has(t[k].lower) && steps > 0) break;
    }
    if (fallback && fallback.entity?.kind !== 'person') return this.appositiveHead(this.tokenAt(fallback.mention!.start), sentence) ?? fallback;
    return fallback;
  }

  /** The nearest person named before token k in the same sentence, outside quotes. */
  private personBefore(k: number, sentence: number): Attribution | undefined {
    const t = this.tokens;
    // 'Sunak defended … a "formal update" from Braverman: "…"': the person who is no preposition's
    // object, the subject, speaks; failing one, the nearest person
    let nearest: ResolvedMention | undefined;
    let subject: ResolvedMention | undefined;
    for (let steps = 0; steps < WINDOW * 2 && k >= 0 && t[k].sentence === sentence; steps++, k--) {
      work.steps++;
      const m = this.mentionAt[k];
      // a partial quote on the way ('promising a "formal update"') is skipped, not a stop
      if (this.quoted[k] || m?.entity.kind !== 'person' || m.candidate.from !== k) continue;
      nearest ??= m;
      if (!PREPOSITIONS.has(t[k - 1]?.lower ?? '')) subject = m;
    }
    const m = subject ?? nearest;
    return m ? { entity: m.entity, mention: { start: m.candidate.start, end: m.candidate.end } } : undefined;
  }

  /** "Hilary Braysmith, USI associate professor of art history, said": the person a description or
   *  an institution stands in apposition to, a comma before it. */
  private appositiveHead(k: number, sentence: number | undefined): Attribution | undefined {
    const t = this.tokens;
    let comma = false;
    for (let j = k - 1, steps = 0; j >= 0 && steps < 16 && t[j].sentence === sentence && !this.quoted[j]; j--, steps++) {
      work.steps += 1 + t[j + 1].start - t[j].end;
      if (!t[j].joinsNext && this.text.slice(t[j].end, t[j + 1].start).includes(',')) comma = true;
      if (speechVerbs.has(t[j].lower)) return undefined;
      const m = this.mentionAt[j];
      if (m?.entity.kind === 'person') return comma ? { entity: m.entity, mention: { start: m.candidate.start, end: m.candidate.end } } : undefined;
    }
    return undefined;
  }

  /** '"…" - Matthew Ingram': a name after a dash that follows the quote. */
  private dashByline(q: QuoteSpan): Attribution | undefined {
    let i = q.end;
    while (i < this.text.length && (this.text[i] === ' ' || this.text[i] === '\u00a0')) i++;
    work.steps += i - q.end + 1;
    if (!'-–—'.includes(this.text[i] ?? 'x')) return undefined;
    const k = this.tokenAt(i);
    const m = this.mentionAt[k];
    return m?.entity.kind === 'person' && this.tokens[k].line === this.tokens[Math.max(0, k - 1)].line ? { entity: m.entity, mention: { start: m.candidate.start, end: m.candidate.end } } : undefined;
  }

  /** "said Kerry", "according to officials", "said the official, who…". */
  private subjectAfter(k: number, sentence: number | undefined): Attribution | undefined {
    const t = this.tokens;
    for (let steps = 0; steps < 6 && k < t.length && t[k].sentence === sentence && !this.quoted[k]; steps++, k++) {
      work.steps++;
      const m = this.mentionAt[k];
      if (m) return { entity: m.entity, mention: { start: m.candidate.start, end: m.candidate.end } };
      if (actorNouns.has(t[k].lower) || actorNouns.has(t[k].lower.replace(/s$/, ''))) return this.description(k);
      if (personPronouns.has(t[k].lower)) return { entity: this.lastPersonBefore(t[k].start) ?? null, mention: { start: t[k].start, end: t[k].end } };
      if (!t[k].joinsNext && steps > 0) break;
    }
    return undefined;
  }

  /** "the official", "a senior administration official": a speaker described, not named. */
  private description(k: number): Attribution {
    const t = this.tokens;
    let from = k;
    while (from > 0 && k - from < 5 && t[from - 1].joinsNext && t[from - 1].sentence === t[k].sentence && !speechVerbs.has(t[from - 1].lower) && !this.quoted[from - 1]) {
      work.steps++;
      from--;
      if (DETERMINERS.has(t[from].lower)) break;
    }
    if (!DETERMINERS.has(t[from].lower) && from < k) from = k;
    const description = this.text.slice(t[from].start, t[k].end);
    const person = this.countrysOwn(from, k);
    if (person) return { entity: person, description, mention: { start: t[from].start, end: t[k].end } };
    return { entity: null, description, mention: { start: t[from].start, end: t[k].end } };
  }

  /** "Russia's top diplomat", "the Russian foreign minister": one person, the one the article titles
   *  with that country, when it titles exactly one. "A Russian official" stays a description. */
  private countrysOwn(from: number, head: number): Entity | undefined {
    const t = this.tokens;
    if (t[head].lower.endsWith('s') && !t[head].lower.endsWith('ss')) return undefined;
    let country: ResolvedMention | undefined;
    // "Russia's top diplomat": the owner just before the description's modifiers
    let k = from;
    while (k > 0 && head - k < 4 && t[k - 1].joinsNext && t[k - 1].sentence === t[head].sentence && !t[k - 1].cap) k--;
    if (k > 0 && t[k - 1].possessive) {
      const m = this.mentionAt[k - 1];
      if (m?.entity.kind === 'country') country = m;
    }
    // "the Russian foreign minister"
    if (!country && t[from].lower === 'the') {
      for (let j = from + 1; j < head; j++) {
        work.steps++;
        const m = this.mentionAt[j];
        if (m?.entity.kind === 'country') country = m;
      }
    }
    const people = country ? this.titledBy.get(country.entity.id) : undefined;
    return people && people.size === 1 ? [...people][0] : undefined;
  }

  /** The last person named, outside quotes, before an offset. */
  private lastPersonBefore(offset: number): Entity | undefined {
    let k = this.tokenAt(offset) - 1;
    // 'He said, "Andy Warhol was…"': nobody speaks of himself by name, so the person before goes
    for (let tries = 0; tries < 4 && k >= 0; tries++) {
      work.steps++;
      const p = this.lastPerson[k];
      if (!p || !this.namedInCurrentQuote(p)) return p;
      // the person's own mention at or before token k (mentions are in text order): the search goes on before it
      const i = firstMentionFrom(p, this.tokens[k].end) - 1;
      if (i < 0) return undefined;
      k = this.tokenAt(p.mentions[i].start) - 1;
    }
    return undefined;
  }

  private namedInCurrentQuote(p: Entity): boolean {
    const q = this.current;
    if (!q) return false;
    const m = p.mentions[firstMentionFrom(p, q.contentStart)];
    return !!m && m.end <= q.contentEnd;
  }

  private otherPersonBetween(from: number, to: number): boolean {
    for (let k = this.tokenAt(from); k < this.tokens.length && this.tokens[k].start < to; k++) {
      work.steps++;
      if (!this.quoted[k] && this.mentionAt[k]?.entity.kind === 'person') return true;
    }
    return false;
  }

  /** A quote standing alone after a sentence that introduces its speaker ("Waters said the show…"). */
  private fromPreviousSentence(first: number): Attribution | undefined {
    const t = this.tokens;
    // both back-scans are bounded, so that a run of quotes in one endless sentence stays linear
    let k = first - 1;
    const floor = Math.max(0, first - MAX_LOOKBACK);
    while (k >= floor && this.quoted[k]) k--;
    work.steps += first - k;
    if (k < floor) return undefined;
    const sentence = t[k].sentence;
    let start = k;
    while (start > 0 && k - start < MAX_LOOKBACK && t[start - 1].sentence === sentence) start--;
    work.steps += 2 * (k - start + 1);
    for (let j = k; j >= start; j--) {
      if (this.quoted[j] || !speechVerbs.has(t[j].lower)) continue;
      const s = this.subjectBefore(j - 1, sentence) ?? this.subjectAfter(j + 1, sentence);
      if (s && (s.entity || s.description)) {
        s.mention = undefined;
        s.verb = t[j].text;
        return s;
      }
    }
    return undefined;
  }
}
