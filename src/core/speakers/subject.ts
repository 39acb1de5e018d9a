/** Finding who does the speaking around a reporting verb: the name, pronoun or description before
 *  it ("Ortiz said", "she said", "a spokesman said"), after it ("said Vice President Ana Lima"),
 *  the person an appositive stands between ("Dana Ortiz, an aide who…, said"), and the subject of
 *  a clause ("Ortiz urged voters to back Lee, saying…"). Each records the rule that decided. */
import { work } from '../text/work';
import { pastTense, personPronouns, titleWords } from '../lexicon/lexicon';
import { Attribution, SpeakerContext } from './context';
import { Entity } from '../types';
import { describers, reportingVerbs, TITLE_GAP } from './reportingVerbs';
import { Descriptions } from './descriptions';

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'his', 'her', 'their']);
const PREPOSITIONS = new Set(['from', 'by', 'with', 'to', 'of', 'for', 'about', 'against', 'on', 'at', 'in', 'than', 'like', 'after', 'before',
  'over', 'under', 'between', 'behind', 'toward', 'towards', 'into', 'onto', 'upon', 'without', 'including', 'among', 'via', 'as']);
/** Words that open an appositive or a relative clause after a name (", a think tank", ", who…"). */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'whom', 'one', 'his', 'her', 'their', 'its', 'now', 'then', 'also', 'formerly', 'himself', 'herself', 'both', 'when', 'asked']);
/** Nouns for words published in someone's name: "Kim's statement added". */
const SOURCE_NOUNS = new Set(['statement', 'statements', 'analysis', 'report', 'letter', 'tweet', 'post', 'message', 'note', 'release',
  'memo', 'email', 'e-mail', 'website', 'editorial', 'op-ed', 'column', 'blog', 'ad', 'video', 'speech', 'remarks', 'office', 'campaign', 'spokesman', 'spokeswoman', 'spokesperson']);
const SUBORDINATORS = new Set(['when', 'after', 'before', 'if', 'while', 'although', 'though', 'because', 'since', 'once', 'until', 'unless', 'whether', 'whenever', 'despite', 'in', 'on', 'during', 'at', 'for', 'with', 'without', 'asked', 'speaking']);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'while', 'whereas', 'as', 'because', 'since', 'though', 'although', 'if', 'when', 'that']);
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'would', 'will', 'should', 'could', 'can', 'may', 'might', 'must', 'does', 'did', 'do', 'wants', 'needs']);
/** Adverbs that may open a sentence before its pronoun subject ("Later he met…"). */
const SENTENCE_ADVERBS = new Set(['and', 'then', 'later', 'now', 'still', 'so', 'yet', 'instead', 'meanwhile', 'afterward', 'afterwards', 'today', 'yesterday', 'there', 'here']);
/** How many sentences with a pronoun subject a pronoun may follow back to a name. */
const MAX_CHAIN = 4;
/** How far back a clause's subject may stand from its verb, in words. */
const CLAUSE_REACH = 40;

const isDescriber = (w: string) => describers.has(w) || describers.has(w.replace(/s$/, ''));

export class SubjectFinder {
  private readonly descriptions: Descriptions;
  constructor(private readonly c: SpeakerContext) {
    this.descriptions = new Descriptions(c);
  }

  /** The speaker standing before a verb: a name, a pronoun or a description, within a few words. */
  before(k: number, sentence: number | undefined): Attribution | undefined {
    const { tokens: t, mentionAt, quoted, rules } = this.c;
    const appositive = rules.on('speaker.appositive') ? this.acrossAppositive(k, sentence) : undefined;
    if (appositive) return appositive;
    let fallback: Attribution | undefined;
    let objectPerson: Attribution | undefined;
    for (let steps = 0; steps < 10 && k >= 0 && this.c.sentence[k] === sentence && !quoted[k]; steps++, k--) {
      work.steps++;
      // "Kim's emails": a possessive name owns a noun and does not speak, unless the noun is what
      // speaks for it ("Kim's statement added")
      const to = mentionAt[k]?.candidate.to ?? 0;
      const m = mentionAt[k] && (!t[to - 1].possessive || this.sourceNounAfter(to)) ? mentionAt[k] : undefined;
      if (m && (m.entity.kind === 'person' || !fallback)) {
        const found = SpeakerContext.of(m);
        // "Patel knocked Reyes on the budget and called him …": a verb's or preposition's object is
        // passed over for a subject further back
        const prev = this.wordBeforeName(m.candidate.from, sentence);
        if (m.entity.kind === 'person' && rules.on('speaker.verb-object') && (pastTense.has(prev) || PREPOSITIONS.has(prev))) {
          objectPerson ??= found;
          k = this.titleStart(m.candidate.from);
          continue;
        }
        if (m.entity.kind === 'person') {
          // "Ortiz and Reyes have said": the first of two joined subjects
          const and = m.candidate.from - 1;
          const first = and > 0 && t[and].lower === 'and' && t[and - 1].joinsNext && t[and].joinsNext ? mentionAt[and - 1] : undefined;
          return first?.entity.kind === 'person' && !t[first.candidate.to - 1].possessive ? SpeakerContext.of(first) : found;
        }
        fallback ??= found;
      }
      if (personPronouns.has(t[k].lower) || (t[k].lower === 'they' && steps < 2)) {
        if (fallback) return fallback;
        return this.pronoun(k);
      }
      // ("the president's plan": a describer that owns a noun is no subject)
      if (rules.on('speaker.description') && isDescriber(t[k].lower) && !t[k].possessive) {
        const d = fallback ?? this.descriptions.description(k);
        return this.appositiveHead(this.c.tokenAt(d.mention!.start), sentence) ?? d;
      }
      if (reportingVerbs.has(t[k].lower) && steps > 0) break;
    }
    if (objectPerson && !fallback) return objectPerson;
    if (fallback && fallback.entity?.kind !== 'person') return this.appositiveHead(this.c.tokenAt(fallback.mention!.start), sentence) ?? objectPerson ?? fallback;
    return fallback ?? objectPerson;
  }

  /** The first token of the title words that open a name at token k ("Attorney General Ann
   *  Cole"), when speaker.title-object is on; k itself when none do. */
  titleStart(k: number, floor = 0): number {
    const t = this.c.tokens;
    if (!this.c.rules.on('speaker.title-object')) return k;
    let j = k;
    while (j - 1 > floor && k - j < 3 && t[j - 1].cap && titleWords.has(t[j - 1].lower) && t[j - 1].joinsNext && !this.c.quoted[j - 1]) j--;
    work.steps += k - j + 1;
    return j;
  }

  /** The word that governs a name starting at token k: the word before it or before its title
   *  ("to Attorney General Ann Cole" → "to"); '' at the sentence's start. */
  wordBeforeName(k: number, sentence: number | undefined, floor = 0): string {
    const t = this.c.tokens;
    const j = this.titleStart(k, floor) - 1;
    const w = j >= floor && this.c.sentence[j] === sentence && t[j].joinsNext && !this.c.quoted[j] ? t[j].lower : '';
    // ("Secretary of State Ann Cole": the "of" belongs to the title)
    return w === 'of' && j < k - 1 ? '' : w;
  }

  /** A noun of published words within two words of token k ("recent analysis", "statement"). */
  private sourceNounAfter(k: number): boolean {
    const t = this.c.tokens;
    return SOURCE_NOUNS.has(t[k]?.lower ?? '') || (!!t[k] && t[k].joinsNext && SOURCE_NOUNS.has(t[k + 1]?.lower ?? '')) || (!!t[k + 1] && t[k + 1].joinsNext && SOURCE_NOUNS.has(t[k + 2]?.lower ?? ''));
  }

  /** "he"/"she" at token k: the last person named whom the pronoun can stand for. */
  pronoun(k: number): Attribution {
    const t = this.c.tokens[k];
    const mention = { start: t.start, end: t.end };
    if (t.lower === 'they' || !this.c.rules.on('speaker.pronoun')) return { entity: null, mention };
    // 'Kim's spokesman Tom Reyes said that Kim has "…," he said': the subject of the pronoun's own
    // sentence before the last person named
    if (this.c.rules.on('speaker.pronoun-subject') && !this.inSentence) {
      this.inSentence = true;
      const s = k > 0 ? this.clauseSubject(k - 1, this.c.sentence[k]) : undefined;
      this.inSentence = false;
      const g = s?.entity && this.c.genderOf(s.entity);
      const wanted = this.c.genderOfPronoun(t.lower);
      if (s?.entity?.kind === 'person' && !s.rule && !this.c.namedInCurrentQuote(s.entity) && (!g || !wanted || g === wanted)) {
        return { entity: s.entity, mention, rule: 'speaker.pronoun-subject' };
      }
    }
    const previous = this.c.rules.on('speaker.pronoun-previous-subject') && !this.inSentence && this.chainDepth < MAX_CHAIN ? this.previousSubject(k) : undefined;
    const last = this.c.lastPersonBefore(t.start, t.lower);
    // (the previous subject is checked against the gender the article gives it, in previousSubject)
    if (previous && previous !== last) return { entity: previous, mention, rule: 'speaker.pronoun-previous-subject' };
    return { entity: last ?? null, mention, rule: 'speaker.pronoun' };
  }

  /** 'Jones said the race was close.\n\n"He has a plan," he said.': the person who is the subject of
   *  the sentence before the quote, in its paragraph or the one before, whom the pronoun can stand for.
   *  A pronoun subject there stands for its own person in turn ('Lee spoke. He smiled. "…," he said'). */
  private previousSubject(pronoun: number): Entity | undefined {
    const { tokens: t, quoted } = this.c;
    const q = this.c.current;
    if (!q) return undefined;
    // the sentence before both the quote and the pronoun's own sentence ('He says Obama “…”')
    const floor = Math.max(0, pronoun - 120);
    let first = this.chainDepth === 0 ? Math.min(this.c.tokenAt(q.start), pronoun) : pronoun;
    while (first > floor && this.c.sentence[first - 1] === this.c.sentence[pronoun] && !quoted[first - 1]) first--;
    let k = first - 1;
    while (k >= floor && quoted[k]) k--;
    work.steps += pronoun - k;
    if (k < floor || !t[first] || t[first].line - t[k].line > 2 || this.c.sentence[k] === this.c.sentence[pronoun]) return undefined;
    this.chainDepth++;
    const s = this.clauseSubject(k, this.c.sentence[k]);
    this.chainDepth--;
    const e = s?.entity;
    const chained = (s?.rule === 'speaker.pronoun-subject' || s?.rule === 'speaker.pronoun-previous-subject' || s?.rule === 'speaker.pronoun') && this.c.rules.on('speaker.pronoun-chain');
    if (e?.kind !== 'person' || (s!.rule && !chained) || this.c.namedInCurrentQuote(e)) return undefined;
    const g = this.c.genderOf(e);
    const wanted = this.c.genderOfPronoun(t[pronoun].lower);
    return !g || !wanted || g === wanted ? e : undefined;
  }
  /** Inside the search for a pronoun's subject in its own sentence. */
  private inSentence = false;
  /** How many pronoun subjects of sentences before the search has followed back. */
  private chainDepth = 0;

  /** "Dana Ortiz, an aide who worked on Kim's campaign, said": the verb follows a comma that closes
   *  an appositive or a relative clause; the name before the stretch (or before a chain of them,
   *  ", founding chair at X, a think tank,") speaks. */
  private acrossAppositive(k: number, sentence: number | undefined): Attribution | undefined {
    const { tokens: t, mentionAt, quoted } = this.c;
    if (k < 1 || !this.c.breakAfter(k)) return undefined;
    let end = k;
    for (let stretches = 0; stretches < 3; stretches++) {
      // the first word of the stretch: the word after the previous comma
      let from = end;
      while (from > 0 && end - from < 32 && this.c.sentence[from - 1] === sentence && !quoted[from - 1] && !this.c.breakAfter(from - 1)) {
        work.steps++;
        from--;
      }
      if (from === 0 || this.c.sentence[from - 1] !== sentence || quoted[from - 1] || !this.c.breakAfter(from - 1)) return undefined;
      const opener = mentionAt[from];
      // ", Dana Ortiz, said": the stretch is the name itself
      if (opener?.entity.kind === 'person' && opener.candidate.from === from && opener.candidate.to > end) return undefined;
      if (!APPOSITIVE_OPENERS.has(t[from].lower) && !isDescriber(t[from].lower) && !t[from].cap && stretches === 0 && !this.descriptive(from, end)) return undefined;
      const head = mentionAt[from - 1];
      if (head?.entity.kind === 'person' && !t[from - 1].possessive) return { ...SpeakerContext.of(head), rule: 'speaker.appositive' };
      end = from - 1;
    }
    return undefined;
  }

  /** A stretch that holds a describer noun ("founding chair at the institute"). */
  private descriptive(from: number, to: number): boolean {
    for (let j = from; j <= to && j - from < 4; j++) {
      work.steps++;
      if (isDescriber(this.c.tokens[j].lower) || this.c.tokens[j].lower.includes('-')) return true;
    }
    return false;
  }

  /** "said Kerry", "according to officials", "said the official, who…", and with a descriptor before
   *  the name, "said party boss Tom Reyes", "said a spokesman for the ministry, Tom Reyes". */
  after(k: number, sentence: number | undefined): Attribution | undefined {
    const { tokens: t, mentionAt, quoted, rules } = this.c;
    for (let steps = 0; steps < 6 && k < t.length && this.c.sentence[k] === sentence && !quoted[k]; steps++, k++) {
      work.steps++;
      // "responded that the governor …": the words after "that" are what was said
      if (steps === 0 && t[k].lower === 'that' && rules.on('speaker.that-clause')) return undefined;
      const m = mentionAt[k];
      const describer = rules.on('speaker.description') && isDescriber(t[k].lower);
      // "said Lee Park is wrong": the name opens the reported clause, it does not speak
      if (m && this.opensClause(m.candidate.to)) return undefined;
      if (m?.entity.kind === 'person') {
        // "said Ortiz campaign spokesman Tom Reyes", "said Kim's top aide, Lee Park": the
        // first name owns the descriptor of the second
        const owner = t[m.candidate.to - 1].possessive || (t[m.candidate.to - 1].joinsNext && t[m.candidate.to] && !t[m.candidate.to].cap);
        const named = owner && rules.on('speaker.descriptor-name') ? this.nameAfterDescriptor(m.candidate.to, sentence, true, false) : undefined;
        return named ?? SpeakerContext.of(m);
      }
      if (m || describer) {
        const named = rules.on('speaker.descriptor-name') ? this.nameAfterDescriptor(m ? m.candidate.to : k + 1, sentence) : undefined;
        if (named) return named;
        return m ? SpeakerContext.of(m) : this.descriptions.description(k);
      }
      if (personPronouns.has(t[k].lower)) return this.pronoun(k);
      if (!t[k].joinsNext && steps > 0) break;
    }
    return undefined;
  }

  /** Token k, right after a name, is the verb of a clause the name is the subject of. */
  private opensClause(k: number): boolean {
    const t = this.c.tokens;
    const w = t[k]?.lower;
    return !!w && t[k - 1].joinsNext && !t[k].cap && (AUXILIARIES.has(w) || pastTense.has(w) || reportingVerbs.has(w));
  }

  /** The person a descriptor after an inverted verb leads to: "Virginia delegate Ann Cole",
   *  "economist Raj Patel", "a spokesman for the ministry, Tom Reyes". */
  private nameAfterDescriptor(k: number, sentence: number | undefined, nounsOnly = false, needsJob = nounsOnly): Attribution | undefined {
    const { tokens: t, mentionAt, quoted } = this.c;
    // (after a name, only a job noun makes a descriptor: "Kim aide", not "Kim coached")
    let job = !needsJob;
    for (let steps = 0; steps < TITLE_GAP && k < t.length && this.c.sentence[k] === sentence && !quoted[k]; steps++, k++) {
      work.steps++;
      const m = mentionAt[k];
      if (m?.entity.kind === 'person' && m.candidate.from === k) return job ? { ...SpeakerContext.of(m), rule: 'speaker.descriptor-name' } : undefined;
      const w = t[k].lower;
      if (reportingVerbs.has(w) || APPOSITIVE_OPENERS.has(w) && w !== 'the' && w !== 'a' && w !== 'an') return undefined;
      if (nounsOnly && (PREPOSITIONS.has(w) || DETERMINERS.has(w) || CONJUNCTIONS.has(w) || AUXILIARIES.has(w) || pastTense.has(w) || (needsJob && w.endsWith('ed')))) return undefined;
      if (isDescriber(w) || titleWords.has(w)) job = true;
      // a comma ends the descriptor unless a name follows it at once
      if (!t[k].joinsNext && !(this.c.commaAfter(k) && mentionAt[k + 1]?.entity.kind === 'person')) return undefined;
    }
    return undefined;
  }

  /** "Dana Ortiz, associate dean of the law school, said": the person a description or
   *  an institution stands in apposition to, a comma before it. */
  private appositiveHead(k: number, sentence: number | undefined): Attribution | undefined {
    const { tokens: t, mentionAt, quoted } = this.c;
    let comma = false;
    for (let j = k - 1, steps = 0; j >= 0 && steps < 16 && this.c.sentence[j] === sentence && !quoted[j]; j--, steps++) {
      work.steps++;
      if (this.c.commaAfter(j)) comma = true;
      if (reportingVerbs.has(t[j].lower)) return undefined;
      const m = mentionAt[j];
      if (m?.entity.kind === 'person') return comma ? { ...SpeakerContext.of(m), rule: 'speaker.appositive' } : undefined;
    }
    return undefined;
  }

  /** The subject of the clause that token k ends: the first person named in its sentence outside
   *  quotes who is no preposition's or verb's object and no possessive ("Kim's aide"), or a
   *  pronoun or description that opens the sentence. */
  clauseSubject(k: number, sentence: number): Attribution | undefined {
    const { tokens: t, mentionAt, quoted } = this.c;
    let start = k;
    while (start > 0 && k - start < CLAUSE_REACH && this.c.sentence[start - 1] === sentence) start--;
    work.steps += k - start + 1;
    // "After the court ruled, Ortiz blamed …": a subordinate clause that opens the sentence has
    // its own subject; the main clause's starts after its comma
    let opener = start;
    if (CONJUNCTIONS.has(t[opener]?.lower) && !SUBORDINATORS.has(t[opener].lower)) opener++;
    if (SUBORDINATORS.has(t[opener]?.lower ?? '')) {
      let j = opener;
      while (j < k && !this.c.commaAfter(j)) j++;
      if (j < k) start = j + 1;
    }
    for (let j = start; j <= k; j++) {
      if (quoted[j]) continue;
      const m = mentionAt[j];
      const prev = j > start && !quoted[j - 1] ? t[j - 1].lower : '';
      if (m && m.candidate.from === j) {
        const last = t[Math.max(j, m.candidate.to - 1)];
        const governing = this.wordBeforeName(j, sentence, start);
        const object = PREPOSITIONS.has(governing) || PREPOSITIONS.has(prev) || pastTense.has(prev) || prev.endsWith('ing') || reportingVerbs.has(prev);
        if (m.entity.kind === 'person' && !object && !last.possessive) {
          // "Kim campaign manager Lee Park released a memo": the person the descriptor leads to
          const described = last.joinsNext && t[m.candidate.to] && !t[m.candidate.to].cap ? this.nameAfterDescriptor(m.candidate.to, sentence, true) : undefined;
          return described ? { ...described, rule: undefined } : SpeakerContext.of(m);
        }
        // "The Harbour Board released a statement, calling the plan …": an organization followed
        // by its verb is the subject
        if (m.entity.kind === 'organization' && !object && !last.possessive && this.c.rules.on('speaker.organization-subject')) {
          const described = last.joinsNext && t[m.candidate.to] && !t[m.candidate.to].cap ? this.nameAfterDescriptor(m.candidate.to, sentence, true) : undefined;
          if (described) return { ...described, rule: undefined };
          if (this.opensClause(m.candidate.to) || (last.joinsNext && /^[a-z]+(s|ed)$/.test(t[m.candidate.to]?.text ?? '') && !isDescriber(t[m.candidate.to].lower))) return { ...SpeakerContext.of(m), rule: 'speaker.organization-subject' };
        }
        j = m.candidate.to - 1;
        continue;
      }
      // ("He…", "But he…", "Later he…", "On Monday, he…")
      const opener = j === start + 1 && (prev === 'but' || (SENTENCE_ADVERBS.has(prev) && this.c.rules.on('speaker.pronoun-chain')));
      if (j === start || opener || this.c.commaAfter(j - 1)) {
        if (personPronouns.has(t[j].lower)) return this.pronoun(j);
      }
      // a verb before any subject: the subject, if any, came in an earlier clause
      if (reportingVerbs.has(t[j].lower) && j > start) return undefined;
    }
    return undefined;
  }
}
