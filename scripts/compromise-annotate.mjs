#!/usr/bin/env node
// The compromise baseline: what the JS library most users would reach for finds, written in the
// same JSONL shape as `news-lens annotate`, so that score.mjs can compare the two.
//   node scripts/compromise-annotate.mjs DIR|FILE…
// people() → person, places() that world-countries knows as a country → country, organizations()
// → organization, quotations() → quotes. compromise names no speakers and no events.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const nlp = require('compromise');
const countries = require('world-countries');

const key = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const countryByName = new Map();
for (const c of countries) {
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (!countryByName.has(key(n))) countryByName.set(key(n), c);
}

/** compromise's match, trimmed of the punctuation and spaces it keeps at its edges. */
function span(text, m) {
  let start = m.offset.start;
  let end = start + m.offset.length;
  while (start < end && /[\s"'“”‘’«».,;:!?()[\]—–-]/.test(text[start])) start++;
  while (end > start && /[\s"'“”‘’«».,;:!?()[\]—–-]/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

function annotate(file) {
  let text = fs.readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const doc = nlp(text);
  const entities = new Map();
  const add = (kind, id, name, m) => {
    if (m.end <= m.start) return;
    const k = `${kind}:${id}`;
    if (!entities.has(k)) entities.set(k, { id: k, kind, name, mentions: [], aliases: [] });
    const e = entities.get(k);
    e.mentions.push(m);
    if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
  };
  for (const p of doc.people().json({ offset: true })) {
    const m = span(text, p);
    add('person', key(m.text).replace(/ /g, '-'), m.text, m);
  }
  for (const p of doc.places().json({ offset: true })) {
    const m = span(text, p);
    const c = countryByName.get(key(m.text.replace(/[’']s$/, '')));
    if (c) add('country', c.cca3, c.name.common, m);
  }
  for (const o of doc.organizations().json({ offset: true })) {
    const m = span(text, o);
    add('organization', key(m.text).replace(/ /g, '-'), m.text, m);
  }
  const quotes = doc.quotations().json({ offset: true }).map((q) => {
    const start = q.offset.start;
    const end = start + q.offset.length;
    return { start, end, text: text.slice(start, end), speaker: null, speakerId: null, partial: false };
  });
  for (const e of entities.values()) e.mentions.sort((a, b) => a.start - b.start);
  return { file, entities: [...entities.values()], quotes, scareQuotes: [] };
}

function expand(input) {
  if (!fs.statSync(input).isDirectory()) return [input];
  return fs.readdirSync(input).sort().flatMap((n) => {
    const p = path.join(input, n);
    return fs.statSync(p).isDirectory() ? expand(p) : /\.(txt|md|markdown)$/i.test(n) ? [p] : [];
  });
}

const inputs = process.argv.slice(2);
if (!inputs.length) {
  console.error('usage: compromise-annotate.mjs DIR|FILE…');
  process.exit(2);
}
for (const f of inputs.flatMap(expand)) process.stdout.write(JSON.stringify(annotate(f)) + '\n');
