/** What the speaker rules read about one article, built in one linear pass: which mention covers
 *  each token, which tokens are quoted, the last person named before each token, and the gender
 *  the article gives each person (Mr./Ms., a first name of one gender, the pronouns that follow
 *  the person's name). */
import { work } from '../text/work';
import { ResolvedMention } from '../entities/entities';
import { femaleFirstNames, honorifics, maleFirstNames, titleWords } from '../lexicon/lexicon';
import { QuoteSpan } from '../quotes/quotes';
import { Token } from '../text/tokens';
import { Entity } from '../types';
import { RuleSwitch } from '../rules';
import { firstIndexWhereNot } from '../text/text';
import { RoleHolders } from './roles';

export interface Attribution {
  entity: Entity | null;
  description?: string;
  mention?: { start: number; end: number };
  verb?: string;
  /** The id of the rule that found the speaker (src/core/speakers/rules.ts). */
  rule?: string;
}

export type Gender = 'm' | 'f';

const MODIFIER_ARTICLES = new Set(['the', 'a', 'an']);
const MALE_WORDS = new Set(['he', 'his', 'him', 'himself']);
const FEMALE_WORDS = new Set(['she', 'her', 'hers', 'herself']);
const MALE_HONORIFICS = new Set(['mr', 'mr.']);
const FEMALE_HONORIFICS = new Set(['ms', 'ms.', 'mrs', 'mrs.', 'miss']);

/** Index of an entity's first mention starting at or after an offset (binary search). */
export function firstMentionFrom(e: Entity, offset: number): number {
  return firstIndexWhereNot(e.mentions.length, (k) => e.mentions[k].start < offset);
}

export class SpeakerContext {
  /** Token index → the entity mention covering it. */
  readonly mentionAt: (ResolvedMention | undefined)[];
  /** Token index → inside a quotation. */
  readonly quoted: Uint8Array;
  /** Token index → its sentence, where a lower-case word never starts one: the tokenizer ends a
   *  sentence at "(R-Ohio.) said", which goes on. */
  readonly sentence: Int32Array;
  /** Token index → the last person named outside quotes at or before it. */
  readonly lastPerson: (Entity | undefined)[];
  /** Country id → the people the article titles with that country ("Ruritanian Foreign Minister Raj Patel"). */
  readonly titledBy = new Map<string, Set<Entity>>();
  /** Role word → the person the article gives it ("Senator Ann Cole"), for "the senator said". */
  readonly roles: RoleHolders;
  /** Person → votes for a gender: an honorific before the name, a pronoun after it. */
  private readonly genderVotes = new Map<Entity, number>();
  /** The quote being attributed: a pronoun does not stand for a person it names. */
  current: QuoteSpan | undefined;

  constructor(readonly text: string, readonly tokens: Token[], mentions: ResolvedMention[], quotes: QuoteSpan[], readonly rules: RuleSwitch) {
    this.mentionAt = new Array<ResolvedMention | undefined>(tokens.length).fill(undefined);
    for (const m of mentions) {
      // a namesake inside an institution's name ("Dana Ortiz Foundation") is the institution here
      if (m.candidate.nested) continue;
      work.steps += m.candidate.to - m.candidate.from + 1;
      for (let k = m.candidate.from; k < m.candidate.to; k++) {
        const old = this.mentionAt[k];
        if (!old || (m.entity.kind === 'person' && old.entity.kind !== 'person')) this.mentionAt[k] = m;
      }
    }
    this.quoted = new Uint8Array(tokens.length);
    this.sentence = new Int32Array(tokens.length);
    // the tokenizer's sentence that goes on, and the sentence it goes on
    let joined = -1;
    let into = -1;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (k > 0 && t.sentenceStart && !t.cap && t.line === tokens[k - 1].line && /^[a-z]/.test(t.text)) {
        joined = t.sentence;
        into = this.sentence[k - 1];
      }
      this.sentence[k] = t.sentence === joined ? into : t.sentence;
    }
    for (const m of mentions) {
      if (m.entity.kind !== 'person') continue;
      if (!this.genderVotes.has(m.entity)) this.voteFirstName(m.entity);
      const before = tokens[m.candidate.from - 1]?.lower;
      if (before && MALE_HONORIFICS.has(before)) this.vote(m.entity, 'm', 3);
      else if (before && FEMALE_HONORIFICS.has(before)) this.vote(m.entity, 'f', 3);
      if (!m.candidate.titled) continue;
      // walk back over the title ("Foreign Minister", "Minister of Trade") to a country before it
      let k = m.candidate.from - 1;
      while (k >= 0 && tokens[k].joinsNext && (titleWords.has(tokens[k].lower) || tokens[k].lower === 'of') && this.mentionAt[k] === undefined) k--;
      work.steps += m.candidate.from - k;
      const c = k >= 0 && k < m.candidate.from - 1 && tokens[k].joinsNext ? this.mentionAt[k] : undefined;
      if (c?.entity.kind !== 'country') continue;
      const set = this.titledBy.get(c.entity.id) ?? new Set<Entity>();
      set.add(m.entity);
      this.titledBy.set(c.entity.id, set);
    }
    // one forward pass: the tokens inside quotes, the last person named at or before each token
    // (for pronouns), and the first pronoun after a person's name, a vote for that person's gender
    let last: Entity | undefined;
    let lastSentence = -1;
    /** The person of a mention that takes no focus, while the pass is inside that mention. */
    let lastHeld: Entity | undefined;
    let votable: Entity | undefined;
    let votableSentence = 0;
    this.lastPerson = new Array<Entity | undefined>(tokens.length);
    let q = 0;
    work.steps += tokens.length + quotes.length;
    for (let k = 0; k < tokens.length; k++) {
      const start = tokens[k].start;
      while (q < quotes.length && quotes[q].end <= start) q++;
      if (q < quotes.length && quotes[q].start <= start) this.quoted[k] = 1;
      const m = this.mentionAt[k];
      if (m?.entity.kind === 'person' && !this.quoted[k]) {
        // "the Ortiz video": a name after an article modifies a noun, and no pronoun stands for it
        const modifier = m.candidate.from === k && k > 0 && MODIFIER_ARTICLES.has(tokens[k - 1].lower) && tokens[k - 1].joinsNext;
        // "Ortiz, an aide on Kim's campaign" / "a supporter of Kim": an owner or an "of" object
        // after the sentence's own person takes no focus from that person
        const owned = m.candidate.from === k && lastSentence === this.sentence[k] && last !== undefined && rules.on('speaker.pronoun-salience') &&
          (tokens[m.candidate.to - 1].possessive || (k > 0 && tokens[k - 1].lower === 'of' && tokens[k - 1].joinsNext));
        if (owned) lastHeld = m.entity;
        else if (m.candidate.from === k) lastHeld = undefined;
        if (!(modifier || lastHeld === m.entity || (m.candidate.from < k && last !== m.entity))) {
          last = m.entity;
          lastSentence = this.sentence[k];
        }
        if (m.candidate.from === k) {
          votable = votable && votable !== m.entity ? undefined : m.entity;
          votableSentence = tokens[k].sentence;
        }
      } else if (votable && !this.quoted[k] && !honorifics.has(tokens[k].lower)) {
        const w = tokens[k].lower;
        if (MALE_WORDS.has(w) || FEMALE_WORDS.has(w)) {
          this.vote(votable, MALE_WORDS.has(w) ? 'm' : 'f', 1);
          votable = undefined;
        }
      }
      // a pronoun in another sentence, or after a second person, says nothing of the first
      if (votable && tokens[k].sentence !== votableSentence) votable = undefined;
      this.lastPerson[k] = last;
    }
    this.roles = new RoleHolders(this, mentions);
  }

  /** A first name the name lists give one gender only: a vote worth two pronouns, less than an
   *  honorific ("Mr. Okafor"), once per person. */
  private voteFirstName(e: Entity) {
    this.genderVotes.set(e, 0);
    if (!this.rules.on('speaker.first-name-gender')) return;
    const space = e.name.indexOf(' ');
    if (space < 0) return;
    const first = e.name.slice(0, space).toLowerCase();
    if (maleFirstNames.has(first)) this.vote(e, 'm', 2);
    else if (femaleFirstNames.has(first)) this.vote(e, 'f', 2);
  }

  private vote(e: Entity, g: Gender, weight: number) {
    this.genderVotes.set(e, (this.genderVotes.get(e) ?? 0) + (g === 'm' ? weight : -weight));
  }

  /** The gender a pronoun asks for, when pronoun gender is on. */
  genderOfPronoun(pronoun: string | undefined): Gender | undefined {
    if (!pronoun || !this.rules.on('speaker.pronoun-gender')) return undefined;
    return MALE_WORDS.has(pronoun) ? 'm' : FEMALE_WORDS.has(pronoun) ? 'f' : undefined;
  }

  /** The gender the article gives a person, when its signals agree on one. */
  genderOf(e: Entity): Gender | undefined {
    const v = this.genderVotes.get(e) ?? 0;
    return v > 0 ? 'm' : v < 0 ? 'f' : undefined;
  }

  /** The first token at or after an offset. */
  tokenAt(offset: number): number {
    return firstIndexWhereNot(this.tokens.length, (k) => this.tokens[k].start < offset);
  }

  /** The text between token k and the next contains a comma. */
  commaAfter(k: number): boolean {
    const t = this.tokens;
    if (!t[k + 1] || t[k].joinsNext) return false;
    work.steps += t[k + 1].start - t[k].end;
    return this.text.slice(t[k].end, t[k + 1].start).includes(',');
  }

  /** The text between token k and the next holds a comma or a dash: an appositive's edge. */
  breakAfter(k: number): boolean {
    const t = this.tokens;
    if (!t[k + 1] || t[k].joinsNext) return false;
    work.steps += t[k + 1].start - t[k].end;
    return /[,—–]|--/.test(this.text.slice(t[k].end, t[k + 1].start));
  }

  /** An attribution to the mention covering token k. */
  static of(m: ResolvedMention): Attribution {
    return { entity: m.entity, mention: { start: m.candidate.start, end: m.candidate.end } };
  }

  /** The last person named, outside quotes, before an offset, that a pronoun of this gender can
   *  stand for: not a person named in the quote being attributed, and not one the article gives
   *  the other gender. */
  lastPersonBefore(offset: number, pronoun?: string): Entity | undefined {
    let k = this.tokenAt(offset) - 1;
    const wanted = this.genderOfPronoun(pronoun);
    let nearest: Entity | undefined;
    let unknown: Entity | undefined;
    // 'He said, "Dana Ortiz was…"': nobody speaks of himself by name, so the person before goes
    // (a pronoun whose gender nobody among the last four people has looks four more back)
    const reach = wanted && this.rules.on('speaker.pronoun-gender-reach') ? 8 : 4;
    for (let tries = 0; tries < reach && k >= 0 && !(tries >= 4 && unknown); tries++) {
      work.steps++;
      const p = this.lastPerson[k];
      if (!p) break;
      if (!this.namedInCurrentQuote(p)) {
        if (!wanted) return p;
        // a person of the pronoun's gender, a few people back, before the nearest of unknown gender
        const g = this.genderOf(p);
        if (g === wanted) return p;
        if (!g) unknown ??= p;
        nearest ??= p;
      }
      // the person's own mention at or before token k (mentions are in text order): the search goes on before it
      const i = firstMentionFrom(p, this.tokens[k].end) - 1;
      if (i < 0) break;
      k = this.tokenAt(p.mentions[i].start) - 1;
    }
    return unknown ?? nearest;
  }

  namedInCurrentQuote(p: Entity): boolean {
    const q = this.current;
    if (!q) return false;
    const m = p.mentions[firstMentionFrom(p, q.contentStart)];
    return !!m && m.end <= q.contentEnd;
  }

  /** A person other than `speaker` named outside quotes between two offsets. */
  otherPersonBetween(from: number, to: number, speaker: Entity | null): boolean {
    for (let k = this.tokenAt(from); k < this.tokens.length && this.tokens[k].start < to; k++) {
      work.steps++;
      const e = this.mentionAt[k]?.entity;
      if (!this.quoted[k] && e?.kind === 'person' && e !== speaker) return true;
    }
    return false;
  }
}
