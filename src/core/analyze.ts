/** The whole analysis of one article: entities with their aliases resolved, quotations with
 *  their speakers, and the marked phrases that are titles or scare quotes. Pure and synchronous;
 *  linear in the length of the text. */
import { work } from './text/work';
import { findRuns } from './entities/candidates';
import { forgetCountryAt } from './entities/nameWords';
import { markSportsTeams, settleCountries } from './entities/articlePasses';
import { RunClassifier } from './entities/classify';
import { buildEntities, sortEntities } from './entities/entities';
import { findEventPhrases } from './entities/events';
import { findQuotes, QuoteSpan } from './quotes/quotes';
import { isPartial, markedPhraseReason } from './quotes/markedPhrases';
import { SpeakerFinder } from './speakers/speakers';
import { tokenize } from './text/tokens';
import { Analysis, Entity, MarkedPhrase, Quote } from './types';
import { AnalyzeOptions, RuleSwitch } from './rules';
import { Candidate } from './entities/candidate';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const rules = new RuleSwitch(options);
  /** Offsets of the quotation marks and line breaks, collected by the tokenizer for findQuotes. */
  const marks: number[] = [];
  const tokens = tokenize(text, marks);
  const classifier = new RunClassifier(tokens, text, rules);
  for (const run of findRuns(tokens, text)) classifier.classify(run);
  markSportsTeams(text, tokens, classifier.out, rules);
  const classified = settleCountries(tokens, classifier.out, rules);
  // (the event phrases read the candidates in the classifier's order, before the sort)
  const events = findEventPhrases(tokens, classified, rules);
  const candidates = mergeSorted(classified.sort(byStartThenLongest), events);
  const mentions = buildEntities(text, candidates, rules);
  const entities = sortEntities(new Set(mentions.map((m) => m.entity)));
  forgetCountryAt();

  const spans = findQuotes(text, marks, rules);
  const quoteSpans: QuoteSpan[] = [];
  const scareQuotes: MarkedPhrase[] = [];
  for (const q of spans) {
    const reason = markedPhraseReason(text, q, tokens, rules);
    if (reason) scareQuotes.push({ start: q.start, end: q.end, text: text.slice(q.contentStart, q.contentEnd), reason });
    else quoteSpans.push(q);
  }
  const attributions = new SpeakerFinder(text, tokens, mentions, quoteSpans, rules).attribute(quoteSpans);
  const quotes: Quote[] = quoteSpans.map((q, i) => {
    const a = attributions[i];
    work.steps += q.contentEnd - q.contentStart;
    const quote: Quote = {
      start: q.start, end: q.end, contentStart: q.contentStart, contentEnd: q.contentEnd,
      text: text.slice(q.contentStart, q.contentEnd),
      speaker: a.entity?.name ?? null, speakerId: a.entity?.id ?? null,
      partial: isPartial(text, q),
    };
    if (a.description) quote.speakerDescription = a.description;
    if (a.mention) quote.speakerMention = a.mention;
    if (a.verb) quote.verb = a.verb;
    quote.speakerRule = a.rule ?? null;
    return quote;
  });
  return { entities, quotes, scareQuotes };
}

const byStartThenLongest = (a: Candidate, b: Candidate) => a.start - b.start || b.end - a.end;

/** [...a, ...b].sort(byStartThenLongest) for two lists sorted so: a stable merge, ties keep a's
 *  element first. */
function mergeSorted(a: Candidate[], b: Candidate[]): Candidate[] {
  if (!b.length) return a;
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byStartThenLongest(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

export type { Analysis, Entity };
