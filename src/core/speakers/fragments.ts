/** Short quoted fragments whose speaker a nearby name gives outright, before any reporting clause
 *  is looked for: a possessor of the words ("Vance's warning of “a long winter”") and the agent of
 *  a passive judging verb ("was called “quiet sabotage” by Lena Brook"). */
import { work } from '../text/work';
import { ResolvedMention } from '../entities/entities';
import { Attribution, SpeakerContext } from './context';
import { QuotePlace } from './clauses';
import { reportingVerbs } from './reportingVerbs';
import { SubjectFinder } from './subject';

/** How far after a quote the closing clause of its sentence may stand, in words. */
const CLOSING_REACH = 60;

/** Nouns for words somebody said or wrote: their possessor is the speaker. */
const STATEMENT_NOUNS = new Set([
  'remark', 'remarks', 'comment', 'comments', 'words', 'warning', 'warnings', 'claim', 'claims', 'promise', 'promises',
  'pledge', 'pledges', 'vow', 'vows', 'description', 'assertion', 'assertions', 'insistence', 'argument', 'arguments',
  'statement', 'statements', 'call', 'calls', 'charge', 'charges', 'accusation', 'accusations', 'characterization',
  'boast', 'boasts', 'threat', 'threats', 'prediction', 'predictions', 'complaint', 'complaints', 'plea', 'slogan',
  'catchphrase', 'tweet', 'tweets', 'message', 'speech', 'quip', 'phrase', 'label', 'criticism', 'praise', 'answer', 'reply',
]);
/** Words that lead from the statement noun to its content ("remarks about", "claim that"); a quote
 *  right after the noun, or after "as", judges the statement instead ("called Kim's plan “cruel”"). */
const CONTENT_LINKS = new Set(['of', 'about', 'that', 'for', 'on']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Judging verbs in the passive ("was called", "has been described as"). */
const PASSIVE_JUDGING = new Set(['called', 'described', 'dubbed', 'labeled', 'labelled', 'termed', 'branded', 'deemed', 'characterized',
  'characterised', 'denounced', 'criticized', 'criticised', 'praised', 'hailed', 'derided', 'mocked', 'dismissed', 'blasted', 'slammed']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

export class FragmentFinder {
  constructor(private readonly c: SpeakerContext, private readonly subjects: SubjectFinder) {}

  /** The person mention that ends at token k with a possessive ("Vance's"). */
  private possessor(k: number): ResolvedMention | undefined {
    const m = this.c.mentionAt[k];
    return m?.entity.kind === 'person' && m.candidate.to - 1 === k && this.c.tokens[k].possessive ? m : undefined;
  }

  /** 'Omar Vance's warning of “a long winter”': a statement noun owned by a person, then a
   *  word that leads to its content ("of", "about", "that"), then the quote. */
  possessiveStatement(p: QuotePlace): Attribution | undefined {
    const { tokens: t, quoted } = this.c;
    // (a quote that opens its own sentence is no content of a noun before it)
    if (p.before < 1 || t[p.before + 1]?.sentenceStart || quoted[p.before]) return undefined;
    const sentence = this.c.sentence[p.before];
    let k = p.before;
    if (ARTICLES.has(t[k].lower)) k--;
    if (k < 1 || !CONTENT_LINKS.has(t[k].lower) || !t[k - 1].joinsNext) return undefined;
    k--;
    work.steps += p.before - k + 1;
    if (quoted[k] || this.c.sentence[k] !== sentence || !STATEMENT_NOUNS.has(t[k].lower)) return undefined;
    // one adjective may stand between the possessor and the noun ("Vance's stark warning")
    for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
      const m = this.possessor(j);
      if (m && !this.c.breakAfter(j)) return { ...SpeakerContext.of(m), verb: t[k].text };
      if (t[j].cap || !t[j].joinsNext || quoted[j]) break;
    }
    return undefined;
  }

  /** 'The tactic was called “quiet sabotage” by Lena Brook': a passive judging verb before the
   *  quote, its agent named after it. */
  passiveAgent(p: QuotePlace): Attribution | undefined {
    const { tokens: t, mentionAt, quoted } = this.c;
    if (p.before < 1 || p.afterSentence === undefined) return undefined;
    let v = p.before;
    if (t[v].lower === 'as') v--;
    if (v < 1 || !PASSIVE_JUDGING.has(t[v].lower) || !PASSIVE_AUXILIARIES.has(t[v - 1].lower)) return undefined;
    // "by" right after the quote, or after a word or two ("“…” in 2019 by", "“…” last week by")
    for (let k = p.after, steps = 0; steps < 4 && k < t.length && this.c.sentence[k] === p.afterSentence && !quoted[k]; steps++, k++) {
      work.steps++;
      if (t[k].lower !== 'by') continue;
      const m = mentionAt[k + 1];
      return m?.entity.kind === 'person' && m.candidate.from === k + 1 ? { ...SpeakerContext.of(m), verb: t[v].text } : undefined;
    }
    return undefined;
  }

  /** 'Guns are “a public health crisis” and “a scourge,” Ann Cole, the former governor, said': a
   *  reporting clause after a comma that closes a long sentence, beyond the reach of the clause
   *  after the quote; later quotes on the way are skipped. */
  closingClause(p: QuotePlace): Attribution | undefined {
    const { tokens: t, mentionAt } = this.c;
    if (p.afterSentence === undefined) return undefined;
    for (let j = p.after, steps = 0; steps < CLOSING_REACH && j < t.length && this.c.sentence[j] === p.afterSentence; steps++, j++) {
      work.steps++;
      if (this.c.quoted[j] || !reportingVerbs.has(t[j].lower) || j === 0) continue;
      // ", said Ann Cole"
      const after = mentionAt[j + 1];
      if (this.c.commaAfter(j - 1) && after?.entity.kind === 'person' && after.candidate.from === j + 1) return { ...SpeakerContext.of(after), verb: t[j].text };
      // ", Ann Cole said" and ", Ann Cole, the former governor, said": the clause opens after a comma
      const s = this.subjects.before(j - 1, p.afterSentence);
      if (s?.entity?.kind === 'person' && s.mention) {
        const from = this.c.tokenAt(s.mention.start);
        if (from > 0 && this.c.commaAfter(from - 1)) return { ...s, verb: t[j].text };
      }
      return undefined;
    }
    return undefined;
  }
}
