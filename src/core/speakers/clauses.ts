/** The places an attribution can stand around a quote: a reporting clause after it or before it
 *  ("…," Ortiz said / Ortiz said: "…"), a byline after a dash, the sentence a partial quote sits in,
 *  and the sentence before a quote paragraph. The speaker rules (rules.ts) call these in order. */
import { work } from '../text/work';
import { pastTense, personPronouns, titleWords } from '../lexicon/lexicon';
import { QuoteSpan } from '../quotes/quotes';
import { Attribution, SpeakerContext } from './context';
import { describers, isParticiple, reportingVerbs } from './reportingVerbs';
import { SubjectFinder } from './subject';
import { FragmentFinder } from './fragments';
import { roleOf } from './roles';

/** How far from the quote an attribution may sit, in words. */
const WINDOW = 14;
/** How far back a quote without attribution looks for the sentence that introduces it, in words. */
const MAX_LOOKBACK = 80;
const PREPOSITIONS = new Set(['from', 'by', 'with', 'to', 'of', 'for', 'about', 'against', 'on', 'at', 'in', 'than', 'like', 'after', 'before']);
const ADJUNCT_OPENERS = new Set(['before', 'after', 'while', 'when', 'by', 'and', 'then', 'also', 'in', 'upon', 'without']);
const CLAUSE_CONNECTORS = new Set(['and', 'but', 'while', 'whereas', 'because', 'although', 'though']);
const NOUN_MARKERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'such', 'recent', 'public', 'earlier', 'latest', 'whose', 'of']);
const VERB_OBJECTS = new Set(['reporters', 'journalists', 'media', 'press', 'statement', 'interview']);
/** "but now said", "and later told": a verb that shares the subject of the clause before. */
const SHARED_SUBJECT_JOINS = new Set(['but', 'and']);
const SHARED_SUBJECT_ADVERBS = new Set(['now', 'then', 'also', 'later', 'quickly', 'still', 'even']);
/** Words that open a subordinate clause after a quote ("“…” on Friday, a week after the ferry
 *  was sold"): a reporting verb behind them belongs to that clause, not to the quote. */
const SUBORDINATE_OPENERS = new Set(['after', 'when', 'before', 'because', 'since', 'until', 'although', 'though', 'if', 'unless', 'whereas']);

/** Where one quote stands in its sentence. */
export interface QuotePlace {
  q: QuoteSpan;
  /** The token before the quote, and the first token after it. */
  before: number;
  after: number;
  /** The sentence that goes on after the quote, if it does. */
  afterSentence: number | undefined;
  /** Introduced by a colon or "that" before it. */
  introduced: boolean;
  colon: boolean;
}

export class ClauseFinder {
  readonly subjects: SubjectFinder;
  readonly fragments: FragmentFinder;
  constructor(private readonly c: SpeakerContext) {
    this.subjects = new SubjectFinder(c);
    this.fragments = new FragmentFinder(c, this.subjects);
  }

  place(q: QuoteSpan): QuotePlace {
    const t = this.c.tokens;
    const before = this.c.tokenAt(q.start) - 1;
    const after = this.c.tokenAt(q.end);
    const sentenceOf = (k: number) => this.c.sentence[k];
    // ('"We won!" said Ortiz': a lower-case word after a "!" or "?" goes on with the sentence)
    let afterSentence = t[after] && after > 0 && sentenceOf(after) === sentenceOf(after - 1) ? sentenceOf(after) : t[after] && (!t[after].sentenceStart || !t[after].cap) ? sentenceOf(after) : undefined;
    // ('"Is it two?" Ortiz asks': a name and a lower-case word after a "?" or "!" too)
    if (afterSentence === undefined && t[after] && after > 0 && t[after].line === t[after - 1].line && /[?!]/.test(this.c.text.slice(q.contentEnd - 1, q.end))) {
      // ('"Is it two?" Port Commissioner Ortiz asks': title words may open the name)
      let from = after;
      // ('"…!" Ruritanian Senator Ortiz said': a country may open the title)
      while (from - after < 3 && t[from + 1] && this.c.rules.on('speaker.titled-after-question') && t[from].cap && t[from].joinsNext && (this.c.mentionAt[from]?.entity.kind === 'country' || (!this.c.mentionAt[from] && roleOf(t[from].lower)))) from++;
      const m = this.c.mentionAt[from];
      const next = m && m.candidate.from === from ? t[m.candidate.to] : undefined;
      if (m?.entity.kind === 'person' && next && !next.cap && next.line === t[after].line && t[m.candidate.to - 1].joinsNext) afterSentence = sentenceOf(after);
    }
    const lead = this.c.text.slice(Math.max(0, q.start - 3), q.start);
    const colon = /:\s*$/.test(lead);
    return { q, before, after, afterSentence, colon, introduced: colon || (before >= 0 && t[before].lower === 'that') };
  }

  /** A reporting clause before the quote, scanning back from it. */
  clauseBefore(p: QuotePlace): Attribution | undefined {
    const t = this.c.tokens;
    if (p.before < 0 || (t[p.before + 1]?.sentenceStart && !p.introduced)) return undefined;
    return this.scan(p.before, -1, this.c.sentence[p.before]);
  }

  /** A reporting clause after the quote, in the sentence the quote belongs to. */
  clauseAfter(p: QuotePlace): Attribution | undefined {
    return p.afterSentence !== undefined ? this.scan(p.after, 1, p.afterSentence) : undefined;
  }

  /** Look for "<subject> <verb>" or "<verb> <subject>" from token k in direction dir. */
  private scan(k: number, dir: 1 | -1, sentence: number | undefined): Attribution | undefined {
    const { tokens: t, quoted, rules } = this.c;
    let first: Attribution | undefined;
    // 'Ortiz said harbour officials were calling “…”': a described subject of a clause that an
    // earlier reporting verb introduces, until a comma ends that clause
    let described: Attribution | undefined;
    // '"…," Ann Cole, who ran the count for a decade in the valley, said': the window reaches
    // past an appositive after the name
    const opener = dir === 1 ? this.c.mentionAt[k] : undefined;
    const window = opener?.entity.kind === 'person' && opener.candidate.from === k && this.c.commaAfter(opener.candidate.to - 1) ? WINDOW + 24 : WINDOW;
    for (let steps = 0; steps < window && k >= 0 && k < t.length && this.c.sentence[k] === sentence && !quoted[k]; steps++, k += dir) {
      work.steps++;
      const w = t[k].lower;
      if (described && this.c.breakAfter(k)) break;
      if (dir === 1 && steps > 0 && SUBORDINATE_OPENERS.has(w) && rules.on('speaker.subordinate-after')) break;
      if (w === 'according' && t[k + 1]?.lower === 'to' && rules.on('speaker.according-to')) {
        const s = this.subjects.after(k + 2, sentence);
        if (s) return { ...s, verb: 'according to', rule: s.rule ?? 'speaker.according-to' };
      }
      // '"…" and Trump vowed', '"…," for instance, while Lee said': another clause, another speaker
      if (dir === 1 && CLAUSE_CONNECTORS.has(w) && ((steps === 0 && w === 'and') || this.c.commaAfter(k - 1) || w === 'while' || w === 'whereas') && !isParticiple(t[k + 1]?.lower ?? '')) break;
      // ("as Ortiz put it")
      const putIt = (w === 'put' || w === 'puts') && t[k + 1]?.lower === 'it';
      if (!(reportingVerbs.has(w) || putIt) || t[k].cap && !t[k].sentenceStart || this.isNoun(k)) continue;
      const verb = this.verbPhrase(k);
      const s = this.subjectOfVerb(k, sentence);
      if (!s) continue;
      // a country or an institution before a word like "answers" may be a noun's owner: a person
      // speaking further on in the sentence is the likelier speaker
      if (s.entity && s.entity.kind !== 'person' && dir === 1) {
        first ??= { ...s, verb };
        continue;
      }
      if (first && !s.entity && !s.description) return first;
      if (dir === -1 && !s.entity && s.description && rules.on('speaker.embedded-description')) {
        described ??= { ...s, verb };
        continue;
      }
      if (described && !s.entity) return described;
      if (described) return { ...s, verb, rule: s.rule ?? 'speaker.embedded-description' };
      return (dir === 1 && this.reportedBy(k, sentence)) || { ...s, verb };
    }
    return first ?? described;
  }

  /** '"…," Ortiz said, according to the Harbour Herald': the outlet or person who reports the
   *  speaker's words, a comma and "according to" within a few words after the verb at token k. */
  private reportedBy(k: number, sentence: number | undefined): Attribution | undefined {
    const t = this.c.tokens;
    if (!this.c.rules.on('speaker.reported-by')) return undefined;
    for (let j = k; j < k + 6 && j + 2 < t.length && this.c.sentence[j + 1] === sentence && !this.c.quoted[j + 1]; j++) {
      work.steps++;
      if (t[j + 1].lower !== 'according' || t[j + 2].lower !== 'to' || !this.c.commaAfter(j)) continue;
      const from = ['the', 'a', 'an'].includes(t[j + 3]?.lower ?? '') ? j + 4 : j + 3;
      const m = this.c.mentionAt[from];
      return m && m.candidate.from === from ? { ...SpeakerContext.of(m), verb: 'according to', rule: 'speaker.reported-by' } : undefined;
    }
    return undefined;
  }

  /** "her remarks", "Kim's emails", "the states": a verb form in -s that is a noun here. */
  private isNoun(k: number): boolean {
    const t = this.c.tokens;
    if (k === 0 || !t[k].lower.endsWith('s')) return false;
    // ("Ortiz's remarks": the "'s" between keeps the two from joining)
    if (t[k - 1].possessive && this.c.rules.on('speaker.possessive-noun')) return true;
    return t[k - 1].joinsNext && (t[k - 1].possessive || NOUN_MARKERS.has(t[k - 1].lower));
  }

  /** Who speaks through the reporting verb at token k; a participle after a comma (", saying") takes
   *  the subject of the clause it hangs on. */
  private subjectOfVerb(k: number, sentence: number | undefined): Attribution | undefined {
    const t = this.c.tokens;
    // (", saying", "before insisting", "while adding", "and calling")
    const adjunct = k > 0 && (this.c.commaAfter(k - 1) || ADJUNCT_OPENERS.has(t[k - 1].lower));
    if (sentence !== undefined && adjunct && isParticiple(t[k].lower) && this.c.rules.on('speaker.participle-subject')) {
      const s = this.subjects.clauseSubject(k - 1, sentence);
      if (s?.entity) return { ...s, rule: s.rule ?? 'speaker.participle-subject' };
    }
    // 'Ortiz backed Lee Park for years, but now said “…”': a verb after "but" or "and" with no
    // subject of its own shares the subject of the clause before
    const joined = k > 1 && (SHARED_SUBJECT_JOINS.has(t[k - 1].lower) || (SHARED_SUBJECT_ADVERBS.has(t[k - 1].lower) && SHARED_SUBJECT_JOINS.has(t[k - 2].lower)));
    if (sentence !== undefined && joined && this.c.rules.on('speaker.shared-subject')) {
      const s = this.sharedSubject(k - 1, sentence);
      if (s?.entity?.kind === 'person') return { ...s, rule: s.rule ?? 'speaker.shared-subject' };
    }
    const before = this.subjects.before(k - 1, sentence);
    // 'Ortiz wrote to Mayor Lee Park asking him to "…"': a participle with no comma after a
    // preposition's or a verb's object, or after an institution, hangs on the clause's subject
    if (sentence !== undefined && before?.entity && before.mention && isParticiple(t[k].lower) && this.c.rules.on('speaker.participle-object')) {
      const w = this.subjects.wordBeforeName(this.c.tokenAt(before.mention.start), sentence);
      // ("with Lee Park noting": the name after "with" is the participle's own subject)
      if (w !== 'with' && (before.entity.kind !== 'person' || PREPOSITIONS.has(w) || pastTense.has(w))) {
        const s = this.subjects.clauseSubject(k - 1, sentence);
        if (s?.entity?.kind === 'person' && s.entity !== before.entity) return { ...s, rule: s.rule ?? 'speaker.participle-object' };
      }
    }
    // '"…" for Kim, said Lee Park', '"…" if she loses, said Lee Park': a preposition's object or a
    // pronoun before the comma is no subject when a name follows the verb
    if (before?.mention && k > 0 && this.c.commaAfter(k - 1)) {
      const from = this.c.tokenAt(before.mention.start);
      const pronoun = before.rule === 'speaker.pronoun' || before.rule === 'speaker.pronoun-subject';
      if (from > 0 && (PREPOSITIONS.has(t[from - 1].lower) || (pronoun && from < k - 1))) {
        const inverted = this.subjects.after(k + 1, sentence);
        if (inverted?.entity?.kind === 'person') return inverted;
      }
      // '"…" that Lee can catch Kim, said Ana Lima': a name before the comma that a word before it
      // governs is no subject either
      if (before.rule === undefined && from > 0 && t[from - 1].joinsNext && !t[from - 1].cap && !describers.has(t[from - 1].lower) && !titleWords.has(t[from - 1].lower) && this.c.rules.on('speaker.inverted-after-comma')) {
        const inverted = this.subjects.after(k + 1, sentence);
        if (inverted?.entity?.kind === 'person' && !inverted.rule) return { ...inverted, rule: 'speaker.inverted-after-comma' };
      }
    }
    // "said X" stands after a quote, a comma or at a sentence's start; in mid-sentence the words
    // after a verb are its object ("Ortiz called the union “…”")
    const inverted = k === 0 || this.c.quoted[k - 1] || this.c.commaAfter(k - 1) || this.c.sentence[k - 1] !== this.c.sentence[k] || !t[k - 1].joinsNext;
    return before ?? (inverted || !this.c.rules.on('speaker.verb-object') ? this.subjects.after(k + 1, sentence) : undefined);
  }

  /** The subject a joined verb shares, once per sentence: a run of "and called “…” and called
   *  “…”" in one sentence asks for it again and again. */
  private sharedSubject(k: number, sentence: number): Attribution | undefined {
    const memo = this.sharedMemo;
    if (memo?.sentence === sentence && (!memo.subject?.mention || memo.subject.mention.start < this.c.tokens[k].start)) return memo.subject;
    const subject = this.subjects.clauseSubject(k, sentence);
    this.sharedMemo = { sentence, subject };
    return subject;
  }
  private sharedMemo: { sentence: number; subject: Attribution | undefined } | undefined;

  private verbPhrase(k: number): string {
    const t = this.c.tokens;
    const next = t[k + 1];
    if (next && VERB_OBJECTS.has(next.lower)) return `${t[k].text} ${next.text}`;
    if (next && t[k].joinsNext && ['in', 'on'].includes(next.lower) && t[k + 2] && VERB_OBJECTS.has(t[k + 3]?.lower ?? t[k + 2].lower)) {
      const end = VERB_OBJECTS.has(t[k + 2].lower) ? k + 2 : k + 3;
      return this.c.text.slice(t[k].start, t[end].end);
    }
    return t[k].text;
  }

  /** 'Ortiz defended … a "quick fix" from Patel: "…"': the person before the colon who is
   *  no preposition's object, the subject, speaks; failing one, the nearest person. */
  personBeforeColon(p: QuotePlace): Attribution | undefined {
    const { tokens: t, mentionAt, quoted } = this.c;
    if (!p.colon || p.before < 0) return undefined;
    const sentence = this.c.sentence[p.before];
    let nearest: Attribution | undefined;
    let subject: Attribution | undefined;
    for (let k = p.before, steps = 0; steps < WINDOW * 2 && k >= 0 && this.c.sentence[k] === sentence; steps++, k--) {
      work.steps++;
      const m = mentionAt[k];
      // a partial quote on the way ('promising a "formal update"') is skipped, not a stop
      if (quoted[k] || m?.entity.kind !== 'person' || m.candidate.from !== k) continue;
      nearest ??= SpeakerContext.of(m);
      if (!PREPOSITIONS.has(t[k - 1]?.lower ?? '')) subject = SpeakerContext.of(m);
    }
    return subject ?? nearest;
  }

  /** '"…" - Dana Ortiz': a name after a dash that follows the quote. */
  dashByline(q: QuoteSpan, ownLine = false): Attribution | undefined {
    const text = this.c.text;
    let i = q.end;
    // ('"…."\n\n- Dana Ortiz': the byline may stand on a line of its own after the quote, when
    // speaker.dash-byline-line is on; a stray full stop may close the quote's line)
    let breaks = 0;
    while (i < text.length && i - q.end < 8 && (text[i] === ' ' || text[i] === '\u00a0' || (ownLine && (text[i] === '\n' || text[i] === '\r' || (text[i] === '.' && breaks === 0))))) {
      if (text[i] === '\n') breaks++;
      i++;
    }
    work.steps += i - q.end + 1;
    if (!'-–—'.includes(text[i] ?? 'x') || (ownLine && (breaks === 0 || breaks > 2))) return undefined;
    const k = this.c.tokenAt(i + 1);
    const m = this.c.mentionAt[k];
    if (m?.entity.kind !== 'person' || m.candidate.from !== k) return undefined;
    if (!ownLine) return this.c.tokens[k].line === this.c.tokens[Math.max(0, k - 1)].line ? SpeakerContext.of(m) : undefined;
    // the name opens its line, right after the dash, and a comma, a full stop or the line's end
    // follows it: no bullet ("- Ortiz said the…")
    const next = this.c.tokens[m.candidate.to];
    const closed = !next || next.line !== this.c.tokens[k].line || /^\s*[,.(]/.test(text.slice(this.c.tokens[m.candidate.to - 1].end, next.start + 1));
    return closed && /^[-–—]\s?$/.test(text.slice(i, this.c.tokens[k].start)) ? SpeakerContext.of(m) : undefined;
  }

  /** '"…!" beamed Ann Cole', '"…," Cole said matter-of-factly': a quote that hands on to its
   *  attribution (a comma, "!" or "?" closes it) followed by a word and a name, or a name and a
   *  word, whatever the verb. */
  unlistedVerb(p: QuotePlace): Attribution | undefined {
    const { tokens: t, mentionAt, quoted, text } = this.c;
    if (p.afterSentence === undefined || !t[p.after] || quoted[p.after]) return undefined;
    const close = text.slice(p.q.contentEnd, p.q.end) + text.slice(Math.max(p.q.contentStart, p.q.contentEnd - 1), p.q.contentEnd);
    if (!/[,!?]/.test(close)) return undefined;
    const k = p.after;
    const name = (j: number) => (mentionAt[j]?.entity.kind === 'person' && mentionAt[j]!.candidate.from === j ? mentionAt[j] : undefined);
    if (!t[k].cap && t[k].joinsNext) {
      const m = name(k + 1);
      if (m) return { ...SpeakerContext.of(m), verb: t[k].text };
    }
    // ('"…," an angry Ann Cole retorted': an article and an adjective before the name)
    if (['a', 'an', 'the'].includes(t[k].lower) && t[k].joinsNext && t[k + 1] && !t[k + 1].cap && t[k + 1].joinsNext && this.c.rules.on('speaker.described-inverted')) {
      const n = name(k + 2);
      const v = n ? t[n.candidate.to] : undefined;
      if (n && v && !v.cap && t[n.candidate.to - 1].joinsNext && this.c.sentence[n.candidate.to] === this.c.sentence[k]) return { ...SpeakerContext.of(n), verb: v.text, rule: 'speaker.described-inverted' };
    }
    const m = name(k);
    if (m) {
      const v = t[m.candidate.to];
      if (v && !v.cap && t[m.candidate.to - 1].joinsNext && this.c.sentence[m.candidate.to] === this.c.sentence[k]) return { ...SpeakerContext.of(m), verb: v.text };
    }
    if (personPronouns.has(t[k].lower) && t[k].joinsNext && t[k + 1] && !t[k + 1].cap) return { ...this.subjects.pronoun(k), verb: t[k + 1].text };
    return undefined;
  }

  /** 'Ortiz thanked the mayor for "stepping up"': a quote inside the writer's sentence, with no
   *  reporting clause of its own, is the words of the sentence's subject. */
  sentenceSubject(p: QuotePlace): Attribution | undefined {
    const t = this.c.tokens;
    if (p.before < 0 || t[p.before + 1]?.sentenceStart || this.c.quoted[p.before]) return undefined;
    const s = this.subjects.clauseSubject(p.before, this.c.sentence[p.before]);
    return s?.entity ? s : undefined;
  }

  /** The quote before ended in the sentence just before this quote (or in this quote's own
   *  sentence): '"…," said Ortiz, who once worked for Kim. "…"' goes on with Ortiz, whoever the
   *  attribution's clause names. */
  previousQuoteJustBefore(first: number, previousEnd: number): boolean {
    const { tokens: t, quoted } = this.c;
    let k = first - 1;
    const floor = Math.max(0, first - MAX_LOOKBACK);
    while (k >= floor && quoted[k]) k--;
    work.steps += first - k;
    if (k < floor) return false;
    const last = this.c.tokenAt(previousEnd) - 1;
    return last >= 0 && last <= first && t[last].start < t[first].start && this.c.sentence[last] === this.c.sentence[k] && t[first].line - t[k].line <= 2;
  }

  /** The quote that opens at token \`first\` is a sentence by itself: it opens a sentence and no
   *  word of that sentence stands outside it. */
  private wholeSentence(first: number): boolean {
    const { tokens: t, quoted } = this.c;
    const q = this.c.current;
    if (!q || first === 0 || this.c.sentence[first] === this.c.sentence[first - 1] && !quoted[first - 1]) return false;
    const after = this.c.tokenAt(q.end);
    return !t[after] || t[after].line !== t[first].line || (this.c.sentence[after] !== this.c.sentence[after - 1] && t[after].cap);
  }

  /** A quote standing alone after a sentence that introduces its speaker ("Patel said the show…"),
   *  or after a lead-in sentence that ends with a colon ("Ortiz laid out the plan:"). */
  fromPreviousSentence(first: number, withVerb: boolean, sameParagraph = false): Attribution | undefined {
    const { tokens: t, quoted } = this.c;
    // both back-scans are bounded, so that a run of quotes in one endless sentence stays linear
    let k = first - 1;
    const floor = Math.max(0, first - MAX_LOOKBACK);
    while (k >= floor && quoted[k]) k--;
    work.steps += first - k;
    if (k < floor) return undefined;
    const sentence = this.c.sentence[k];
    if (!withVerb) {
      const gap = this.c.text.slice(t[k].end, t[k + 1]?.start ?? t[k].end);
      // a lead-in sentence: one that ends with a colon, or a paragraph before a quote paragraph;
      // with sameParagraph, a sentence before a quote that is a whole sentence of its own
      const leadIn = gap.includes(':') || (gap.includes('\n') && t[first]?.line !== t[k].line);
      if (!leadIn && !(sameParagraph && t[first]?.line === t[k].line && this.wholeSentence(first))) return undefined;
      const s = this.subjects.clauseSubject(k, sentence);
      // (in the same paragraph only a person: "Eastmoor lies far from any station.")
      if (!leadIn && s?.entity?.kind !== 'person') return undefined;
      return s?.entity ? { ...s, mention: undefined } : undefined;
    }
    let start = k;
    while (start > 0 && k - start < MAX_LOOKBACK && this.c.sentence[start - 1] === sentence) start--;
    work.steps += 2 * (k - start + 1);
    for (let j = k; j >= start; j--) {
      if (quoted[j] || !reportingVerbs.has(t[j].lower)) continue;
      const s = this.subjectOfVerb(j, sentence);
      if (s && (s.entity || s.description)) return { ...s, mention: undefined, verb: t[j].text };
    }
    return undefined;
  }
}
