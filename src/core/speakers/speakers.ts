/** Attributes each quotation to its speaker by trying the speaker rules (rules.ts) in order:
 *  "X said", "said X", "according to X", a speaker before a colon, the subject of the sentence a
 *  partial quote sits in, the sentence before a quote paragraph, and the speaker of the quote
 *  before. Each attribution records the rule that found it. */
import { work } from '../text/work';
import { ResolvedMention } from '../entities/entities';
import { QuoteSpan } from '../quotes/quotes';
import { Token } from '../text/tokens';
import { RuleSwitch } from '../rules';
import { Attribution, SpeakerContext } from './context';
import { ClauseFinder } from './clauses';
import { speakerRules } from './rules';

export type { Attribution } from './context';

/** How many lines after the quote before it a quote may continue its speaker. */
const CONTINUATION_LINES = 3;

export class SpeakerFinder {
  private readonly context: SpeakerContext;
  private readonly clauses: ClauseFinder;

  constructor(text: string, tokens: Token[], mentions: ResolvedMention[], quotes: QuoteSpan[], readonly rules: RuleSwitch = new RuleSwitch()) {
    this.context = new SpeakerContext(text, tokens, mentions, quotes, rules);
    this.clauses = new ClauseFinder(this.context);
  }

  attribute(quotes: QuoteSpan[]): Attribution[] {
    const c = this.context;
    const result: Attribution[] = [];
    let previous: { attribution: Attribution; end: number; line: number } | undefined;
    for (const q of quotes) {
      work.steps++;
      c.current = q;
      const first = c.tokenAt(q.start);
      const line = c.tokens[first]?.line ?? 0;
      const p = previous?.attribution;
      const continues = p && (p.entity || p.description) && line - previous!.line <= CONTINUATION_LINES && !c.otherPersonBetween(previous!.end, q.start, p.entity);
      const input = { place: this.clauses.place(q), first, previous: continues ? p : undefined, before: previous };
      let a: Attribution | undefined;
      for (const rule of speakerRules) {
        if (!rule.find || !this.rules.on(rule.id)) continue;
        a = rule.find(this.clauses, input);
        if (a) {
          a = { ...a, rule: a.rule ?? rule.id };
          break;
        }
      }
      a ??= { entity: null };
      result.push(a);
      previous = { attribution: a, end: q.end, line: c.tokens[Math.max(0, c.tokenAt(q.end) - 1)]?.line ?? line };
    }
    return result;
  }
}
