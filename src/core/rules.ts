/** Rules as named data. Each rule that decides an entity's span or kind, or a quote's speaker, is
 *  an entry with an id, a topic, a one-line description and an example sentence written for the
 *  project (never one from an evaluation article). Rule tables are ordered lists, grouped by topic:
 *  where two rules could decide the same words, the earlier wins, so the order of precedence is the
 *  order of the list. Every decision records the id of the rule that made it (`news-lens annotate
 *  --explain`, the editor's hover), and a rule can be switched off by id, which is how
 *  `npm run eval -- --rules` measures what each rule is worth. */
export interface RuleInfo {
  /** Stable id, "<topic>.<name>" ("person.titled-name", "speaker.said-name"). */
  id: string;
  /** A one-line description: what the rule decides, and when. */
  description: string;
  /** A sentence the rule applies to, written for the project. */
  example: string;
}

/** Options of one analysis. */
export interface AnalyzeOptions {
  /** Ids of rules switched off: each decides nothing, as if it were not in its table. */
  disabledRules?: ReadonlySet<string>;
}

const registry = new Map<string, RuleInfo & { table: string }>();

/** Registers a table's rules (ids are unique across all tables) and returns the table. */
export function ruleTable<T extends RuleInfo>(table: string, rules: T[]): T[] {
  for (const r of rules) {
    if (registry.has(r.id)) throw new Error(`rule id ${r.id} is defined twice`);
    if (!/^[a-z]+\.[a-z0-9-]+$/.test(r.id)) throw new Error(`rule id ${r.id} is not "<topic>.<name>"`);
    registry.set(r.id, { ...r, table });
  }
  return rules;
}

/** Every rule, table by table, each table in its order of precedence. */
export function allRules(): readonly (RuleInfo & { table: string })[] {
  return [...registry.values()];
}

/** Which rules are on in one analysis. */
export class RuleSwitch {
  private readonly off: ReadonlySet<string>;
  constructor(options: AnalyzeOptions = {}) {
    this.off = options.disabledRules ?? NONE;
  }
  on(id: string): boolean {
    return this.off.size === 0 || !this.off.has(id);
  }
}
const NONE: ReadonlySet<string> = new Set();
