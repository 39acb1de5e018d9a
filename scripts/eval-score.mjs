// The shared scorers (../shared/eval/score.mjs and speakers.mjs) as functions, for `npm run eval
// -- --rules`, which scores every set once per rule and cannot spawn a scorer a hundred times. The
// arithmetic is theirs line for line; besides the figures, each predicted mention and quote is
// marked with what the scorer made of it, so that a rule's precision can be read off. eval-rules.mjs
// checks that these figures equal the scorers' own on the unaltered analysis before it trusts them.
import fs from 'node:fs';
import path from 'node:path';

export const KINDS = ['person', 'country', 'organization', 'event'];
const GOLD_KIND = { PERSON: 'person', COUNTRY: 'country', ORGANIZATION: 'organization', EVENT: 'event', PLACE: 'place' };
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const TRIM = /[\s"'“”‘’«»,.;:!?—–-]/;
function trimSpan(text, s, e) {
  if (text == null) return { start: s, end: e };
  while (s < e && TRIM.test(text[s])) s++;
  while (e > s && TRIM.test(text[e - 1])) e--;
  return { start: s, end: e };
}
export const normName = (n) => (n || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const ratio = (a, b) => (b ? a / b : 0);
/** An article's id: its file's base name without extension, as the scorers match them. */
export const articleId = (file) => path.basename(file).replace(/\.[^.]*$/, '');

/** Gold records by id, later files winning, as score.mjs reads its --gold files. */
export function goldById(recordLists) {
  const gold = new Map();
  for (const list of recordLists) for (const r of list) gold.set(r.id, r);
  return gold;
}

/** score.mjs's figures (its --json object) for the predictions against the gold.
 *  `evalDir`: where score.mjs lives (a seed's gold has no text; score.mjs reads it from ../seeds).
 *  Marks, on the prediction objects passed in: `mention.scored = { counted, matched, overlapsGold }`
 *  (matched: one to one, as the scorer counts a hit; overlapsGold: touching a gold name of its kind), and `quote.scored = { matched, knownSpeaker, speakerRight }` for quotes of
 *  articles whose quotes are annotated (a quote taken for a scare quote is not `live`). */
export function score(gold, predRecords, evalDir) {
  const preds = new Map();
  for (const p of predRecords) preds.set(articleId(p.file), p);
  const tot = {};
  for (const k of KINDS) tot[k] = { tp: 0, pred: 0, gold: 0, exact: 0, ePred: 0, eCorrect: 0, eGold: 0, eFound: 0, frag: 0 };
  const q = { gold: 0, pred: 0, tp: 0, exact: 0, scare: 0, spkGold: 0, spkOk: 0, spkSurname: 0, attrOk: 0, docs: 0 };
  const missingPred = [];

  for (const [id, g] of gold) {
    const p = preds.get(id);
    if (!p) { missingPred.push(id); continue; }
    let text = g.text;
    if (text == null && g.file) {
      const local = path.join(evalDir, '..', 'seeds', path.basename(g.file));
      if (fs.existsSync(local)) text = fs.readFileSync(local, 'utf8');
    }
    // ---- entities
    const gm = (g.entities || []).map((e) => ({
      kind: GOLD_KIND[e.type], named: !!(e.named || e.specific) && e.form !== 'pronoun',
      start: e.name_start ?? e.start, end: e.name_end ?? e.end,
      ent: e.gum_entity_id ?? e.refers_to ?? normName(e.name ?? e.text),
    }));
    const anyNamed = gm.filter((m) => m.named);
    for (const k of KINDS) {
      const goldM = gm.filter((m) => m.kind === k && m.named);
      const predEnts = (p.entities || []).filter((e) => e.kind === k);
      const predM = predEnts.flatMap((e, ei) => (e.mentions || []).map((m) => ({ start: m.start, end: m.end, ei, source: m })));
      const t = tot[k];
      const pairs = [];
      predM.forEach((pm, pi) => goldM.forEach((gmm, gi) => { const o = overlap(pm, gmm); if (o > 0) pairs.push([o, pi, gi]); }));
      pairs.sort((a, b) => b[0] - a[0]);
      const pUsed = new Set(), gUsed = new Set();
      for (const [, pi, gi] of pairs) {
        if (pUsed.has(pi) || gUsed.has(gi)) continue;
        pUsed.add(pi); gUsed.add(gi); t.tp++;
        if (predM[pi].start === goldM[gi].start && predM[pi].end === goldM[gi].end) t.exact++;
      }
      // score.mjs: a prediction on an unnamed gold mention and no named one is not counted
      const ignored = (pm) => !anyNamed.some((m) => overlap(pm, m) > 0) &&
        gm.some((m) => !m.named && overlap(pm, m) > 0 && (m.kind === k || (m.end - m.start) > (pm.end - pm.start)));
      const counted = predM.filter((pm, pi) => pUsed.has(pi) || !ignored(pm));
      predM.forEach((pm, pi) => {
        pm.source.scored = { counted: pUsed.has(pi) || !ignored(pm), matched: pUsed.has(pi), overlapsGold: goldM.some((gmm) => overlap(pm, gmm) > 0) };
      });
      t.pred += counted.length; t.gold += goldM.length;
      const goldEnts = new Map();
      for (const m of goldM) { if (!goldEnts.has(m.ent)) goldEnts.set(m.ent, []); goldEnts.get(m.ent).push(m); }
      predEnts.forEach((e, ei) => {
        const ms = predM.filter((m) => m.ei === ei);
        if (ms.length && ms.every((m) => ignored(m))) return;
        t.ePred++;
        if (ms.some((m) => goldM.some((gmm) => overlap(m, gmm) > 0))) t.eCorrect++;
      });
      for (const ms of goldEnts.values()) {
        t.eGold++;
        const hit = new Set(predM.filter((pm) => ms.some((m) => overlap(pm, m) > 0)).map((pm) => pm.ei));
        if (hit.size) { t.eFound++; t.frag += hit.size - 1; }
      }
    }
    // ---- quotes
    if (g.quotes_annotated === false) continue;
    q.docs++;
    const goldQ = (g.quotes || []).filter((x) => x.marks !== false).map((x) => ({ ...x, ...trimSpan(text, x.start, x.end) }));
    const scare = (g.scare_quotes || []).map((x) => trimSpan(text, x.start, x.end));
    const predQ = (p.quotes || []).map((x) => ({ ...x, ...trimSpan(text, x.start, x.end), source: x }));
    const live = predQ.filter((pq) => {
      const isScare = scare.some((s) => overlap(pq, s) >= 0.5 * Math.max(1, s.end - s.start)) &&
        !goldQ.some((gq) => overlap(pq, gq) > 0);
      if (isScare) q.scare++;
      pq.source.scored = { live: !isScare, matched: false, knownSpeaker: false, speakerRight: false };
      return !isScare;
    });
    q.gold += goldQ.length; q.pred += live.length;
    const pairs = [];
    live.forEach((pq, pi) => goldQ.forEach((gq, gi) => {
      const o = overlap(pq, gq);
      if (o >= 0.5 * (gq.end - gq.start) && o >= 0.5 * (pq.end - pq.start)) pairs.push([o, pi, gi]);
    }));
    pairs.sort((a, b) => b[0] - a[0]);
    const pUsed = new Set(), gUsed = new Set();
    for (const [, pi, gi] of pairs) {
      if (pUsed.has(pi) || gUsed.has(gi)) continue;
      pUsed.add(pi); gUsed.add(gi); q.tp++;
      const pq = live[pi], gq = goldQ[gi];
      if (pq.start === gq.start && pq.end === gq.end) q.exact++;
      const want = normName(gq.speaker), got = normName(pq.speaker);
      pq.source.scored = { live: true, matched: true, knownSpeaker: !!want, speakerRight: !!want && want === got };
      if (want) {
        q.spkGold++;
        if (want === got) q.spkOk++;
        if (got && want.split(' ').pop() === got.split(' ').pop()) q.spkSurname++;
      }
      if (want === got) q.attrOk++;
    }
  }

  const out = { entities: {}, quotes: {} };
  for (const k of KINDS) {
    const t = tot[k];
    const P = ratio(t.tp, t.pred), R = ratio(t.tp, t.gold);
    const eP = ratio(t.eCorrect, t.ePred), eR = ratio(t.eFound, t.eGold);
    out.entities[k] = {
      mention: { P, R, F1: f1(P, R), exactF1: f1(ratio(t.exact, t.pred), ratio(t.exact, t.gold)), gold: t.gold, pred: t.pred },
      entity: { P: eP, R: eR, F1: f1(eP, eR), fragmentation: ratio(t.frag, t.eFound), gold: t.eGold, pred: t.ePred },
    };
  }
  const qP = ratio(q.tp, q.pred), qR = ratio(q.tp, q.gold);
  out.quotes = {
    P: qP, R: qR, F1: f1(qP, qR), exactBoundaries: ratio(q.exact, q.tp), gold: q.gold, pred: q.pred,
    speakerAccuracy: ratio(q.spkOk, q.spkGold), speakerSurnameAccuracy: ratio(q.spkSurname, q.spkGold),
    attributionF1: f1(ratio(q.attrOk, q.pred), ratio(q.attrOk, q.gold)), scareQuotesFlagged: q.scare, docs: q.docs,
  };
  out.missingPredictions = missingPred;
  return out;
}

/** speakers.mjs's figures (its --json object): speaker accuracy by how the article names the
 *  speaker. `goldRecords`: the records of one gold file, in its order. */
export function speakerSubsets(goldRecords, predRecords) {
  const preds = new Map(predRecords.map((p) => [articleId(p.file), p]));
  const subset = (q) => {
    if (!q.speaker) return 'unresolved';
    if (q.speaker_resolution === 'direct') return q.speaker_ambiguous ? 'ambiguous' : 'named-source';
    if (q.speaker_source_form === 'pronoun') return 'pronoun';
    return 'description';
  };
  const tally = {};
  const add = (k, ok, sur, found) => {
    const t = (tally[k] ||= { gold: 0, found: 0, ok: 0, surname: 0, predNull: 0 });
    t.gold++; if (found) t.found++; if (ok) t.ok++; if (sur) t.surname++;
  };
  for (const g of goldRecords) {
    const p = preds.get(g.id);
    if (!p) continue;
    const t = g.text;
    const gq = (g.quotes || []).map((x) => ({ ...x, ...trimSpan(t, x.start, x.end) }));
    const scare = (g.scare_quotes || []).map((x) => trimSpan(t, x.start, x.end));
    const pq = (p.quotes || []).map((x) => ({ ...x, ...trimSpan(t, x.start, x.end) }))
      .filter((x) => !(scare.some((s) => overlap(x, s) >= 0.5 * Math.max(1, s.end - s.start)) && !gq.some((y) => overlap(x, y) > 0)));
    const pairs = [];
    pq.forEach((a, pi) => gq.forEach((b, gi) => { const o = overlap(a, b); if (o >= 0.5 * (b.end - b.start) && o >= 0.5 * (a.end - a.start)) pairs.push([o, pi, gi]); }));
    pairs.sort((a, b) => b[0] - a[0]);
    const pu = new Set(), gu = new Map();
    for (const [, pi, gi] of pairs) { if (pu.has(pi) || gu.has(gi)) continue; pu.add(pi); gu.set(gi, pi); }
    gq.forEach((x, gi) => {
      const k = subset(x);
      if (!gu.has(gi)) { add(k, false, false, false); return; }
      const got = normName(pq[gu.get(gi)].speaker), want = normName(x.speaker);
      add(k, want === got, !!(want && got && want.split(' ').pop() === got.split(' ').pop()), true);
      if (!got) tally[k].predNull++;
    });
  }
  const out = {};
  for (const [k, t] of Object.entries(tally)) out[k] = { ...t, accuracy: t.found ? t.ok / t.found : 0, surnameAccuracy: t.found ? t.surname / t.found : 0 };
  return out;
}
