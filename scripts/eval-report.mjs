// The arithmetic of `npm run eval -- --rules` (eval-rules.mjs): a set's figures, each rule's fired
// count and precision, the figures' moves when a rule is off, and the verdict. No I/O but the
// scorers', so that test/scripts/eval.test.ts can check it on a hand-made gold.
import { score, speakerSubsets } from './eval-score.mjs';

const EPSILON = 1e-12;

/** The figures a rule can move on one set, by name (fractions), and score.mjs's and speakers.mjs's
 *  whole answers. `gold`: the set's gold by what it measures ({ quotes, prose, all }, each
 *  { records, byId }; quotes gold also feeds speakers.mjs). The gold scored last marks the records
 *  (eval-score.mjs), so entity marks on conll/dev are those of all stories. */
export function measure(gold, records, evalDir) {
  const figures = {};
  const answers = {};
  if (gold.quotes) {
    const s = (answers.quotes = score(gold.quotes.byId, records, evalDir));
    const sp = (answers.speakers = speakerSubsets(gold.quotes.records, records));
    figures['quote F1'] = s.quotes.F1;
    figures['speaker, all known'] = s.quotes.speakerAccuracy;
    figures['speaker, named-source'] = sp['named-source']?.accuracy ?? 0;
  }
  if (gold.prose) {
    const s = (answers.prose = score(gold.prose.byId, records, evalDir));
    for (const k of ['person', 'organization', 'country']) figures[`${k} F1 prose`] = s.entities[k].mention.F1;
  }
  if (gold.all) {
    const s = (answers.all = score(gold.all.byId, records, evalDir));
    if (gold.prose) figures['organization F1 all'] = s.entities.organization.mention.F1;
    else {
      for (const k of ['person', 'organization', 'country']) figures[`${k} F1`] = s.entities[k].mention.F1;
      figures['event recall'] = s.entities.event.entity.R;
      figures['quote F1'] = s.quotes.F1;
      figures['speaker accuracy'] = s.quotes.speakerAccuracy;
    }
  }
  return { figures, answers };
}

/** Per rule id, on records that measure() has marked: { fired, judged, right, matched }. A mention
 *  is judged when score.mjs counts it and the set's gold annotates its kind (`judgedKinds`); it is
 *  right when it overlaps a gold name of its kind, and matched when the scorer also pairs it with
 *  that name one to one (a name split in two overlaps twice but is matched once). A quote is judged
 *  when it is matched to a gold quote with a known speaker, right (and matched) when its speaker is. */
export function tallyRules(records, judgedKinds) {
  const tally = new Map();
  const at = (id) => {
    if (!tally.has(id)) tally.set(id, { fired: 0, judged: 0, right: 0, matched: 0 });
    return tally.get(id);
  };
  for (const r of records) {
    for (const e of r.entities) {
      for (const m of e.mentions) {
        if (!m.rule) continue;
        const t = at(m.rule);
        t.fired++;
        if (judgedKinds.has(e.kind) && m.scored?.counted) {
          t.judged++;
          if (m.scored.overlapsGold) t.right++;
          if (m.scored.matched) t.matched++;
        }
      }
    }
    for (const q of r.quotes) {
      if (!q.speakerRule) continue;
      const t = at(q.speakerRule);
      t.fired++;
      if (q.scored?.matched && q.scored.knownSpeaker) {
        t.judged++;
        if (q.scored.speakerRight) { t.right++; t.matched++; }
      }
    }
  }
  return tally;
}

/** The figures that moved, off minus on, in points. */
export function deltas(on, off) {
  const moved = {};
  for (const [name, value] of Object.entries(on)) {
    const d = 100 * (off[name] - value);
    if (Math.abs(d) > EPSILON) moved[name] = d;
  }
  return moved;
}

/** Why a rule may go: it fires nowhere, or switching it off raises a figure. */
export function verdict(firedTotal, movedBySet) {
  const moves = Object.values(movedBySet).flatMap((m) => Object.values(m));
  const raises = moves.some((d) => d > 0), lowers = moves.some((d) => d < 0);
  if (!firedTotal && !moves.length) return 'fires nowhere: candidate for removal';
  if (!firedTotal) return 'names no decision, yet switching it off moves figures';
  if (raises && !lowers) return 'off raises a figure: candidate for removal';
  if (raises) return 'mixed: off raises one figure, lowers another';
  return '';
}

/** The kinds with at least one named gold mention in the records. */
export function annotatedKinds(goldRecords) {
  const TYPES = { PERSON: 'person', COUNTRY: 'country', ORGANIZATION: 'organization', EVENT: 'event' };
  const kinds = new Set();
  for (const g of goldRecords) for (const e of g.entities || []) if ((e.named || e.specific) && e.form !== 'pronoun' && TYPES[e.type]) kinds.add(TYPES[e.type]);
  return kinds;
}
