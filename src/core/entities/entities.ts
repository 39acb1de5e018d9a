/** Turns candidate mentions into entities: resolves surnames and honorific forms to the full
 *  name met in the article ("Kerry" → John Kerry), acronyms to spelled-out organizations
 *  ("U.N." → United Nations), and gives each entity one canonical name. */
import { work } from '../text/work';
import { Candidate } from './candidate';
import { ruleTable, RuleInfo, RuleSwitch } from '../rules';
import { commonWords, countryByDemonym, countryByName, demonymWords, englishWords, firstNames, places, titleWords } from '../lexicon/lexicon';
import { firstIndexWhereNot, normalizeKey } from '../text/text';
import { Entity, EntityKind, ENTITY_KINDS } from '../types';

export interface ResolvedMention {
  candidate: Candidate;
  entity: Entity;
}

export const ALIAS_RULES = ruleTable<RuleInfo>('entities-aliases', [
  { id: 'alias.same-name-kind', description: 'a name the article makes an organization or event elsewhere keeps that kind in its other mentions', example: 'The Quiet Hours group met. Members said Quiet Hours would march.' },
  { id: 'alias.legal-suffix', description: 'a company\'s name without its legal suffix is the company ("Vantor Inc." … "Vantor")', example: 'Vantor Inc. cut jobs. Vantor said sales fell.' },
  { id: 'alias.dotted-suffix', description: 'a dotted legal suffix ("S.A.", "N.V.") is one too: the name without it is the company', example: 'The shipping company Velmora S.A. cut jobs. Velmora said sales fell.' },
  { id: 'alias.surname', description: 'a lone surname, or a surname that is a place\'s name, is the person the article names in full', example: 'Marta Vilks won. Vilks thanked her staff.' },
  { id: 'alias.surname-then-words', description: 'a surname the article has given in full, then words that are no name of that person: the surname alone is the person', example: 'Marta Vilks spoke. The Vilks Plan passed.' },
  { id: 'alias.country-surname', description: 'a lone country\'s name that is the surname of a person the article names in full ("Tomas Jordan" … "Jordan said") is that person, unless "in", "to" or "from" opens it', example: 'The film is by Tomas Jordan. Jordan said it took six years.' },
  { id: 'alias.family-member', description: 'a name of two words or more that no rule decided, whose surname is that of a person the article names with another first name, is another person of that family', example: 'Marta Bird spoke first. Then Ilze Bird, her sister, spoke.' },
  { id: 'alias.lone-person', description: 'a lone name the article shows to be a person by a title or what follows makes its other lone mentions that person', example: 'President Okafor arrived. Okafor waved.' },
]);

const STOP_IN_INITIALS = new Set(['of', 'the', 'and', 'for', 'on', '&', 'de']);

/** Words of a normalized key (one for the empty key), counted without splitting it. */
function wordCount(key: string): number {
  let words = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) words++;
  return words;
}

const firstWord = (key: string) => {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
};
const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

function initials(key: string): string {
  return key.split(' ').filter((w) => !STOP_IN_INITIALS.has(w)).map((w) => w[0]).join('');
}

const DOTTED_KEY = /^[a-z]( [a-z])+$/;
/** Legal forms that end a company's name ("Vantor Inc.", "Acme Corp.", "Kestrel plc"). */
const LEGAL_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'spa', 'lp', 'llp', 'limited', 'incorporated', 'corporation']);
/** What stands between a name and the acronym it defines ("… Centre (HRC)", "… Party, or VLP"). */
const ACRONYM_DEFINERS = new Set([' (', ', or ', ' or ', ', also known as ']);
const MAX_DEFINER_LENGTH = 16;
const SPACES = / /g;
const NO_PARTS: readonly string[] = [];

/** Whether text[start, end) holds a lower-case letter (ASCII at once, others by their case). */
function hasLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128 && text[i] !== text[i].toUpperCase()) return true;
  }
  return false;
}
/** Names longer than this many words are not searched for shorter forms inside them. */
const MAX_FOLD_WORDS = 8;

/** "the Tidewater Court", "the Council", "Harbour Cup": a shorter form of a longer name the article
 *  uses ("Chilean Tidewater Court of Valdivia", "Council of Elders", "KVPA Harbour Cup") is
 *  the same organization or event: the nearest longer name before it, else the first after it. An
 *  acronym alone ("KVPA" beside "KVPA Administrator") keeps its own entity. */
function foldShortForms(text: string, cands: Candidate[], base: (c: Candidate) => string): Map<Candidate, string> {
  const groups = new Map<Candidate, string>();
  for (const c of cands) groups.set(c, base(c));
  // every run of whole words inside a longer name that some candidate is named by ("court" inside
  // "italian supreme court of cassation") → the first longer name that contains it
  const named = new Set<string>(groups.values());
  const partsOf = new Map<string, readonly string[]>();
  const tracked = (g: string): readonly string[] => {
    if (g.indexOf(' ') < 0) return NO_PARTS;
    let parts = partsOf.get(g);
    if (!parts) partsOf.set(g, (parts = namedParts(g, named)));
    return parts;
  };
  const firstHolder = new Map<string, string>();
  work.steps += 3 * cands.length + named.size;
  for (const g of named) for (const part of tracked(g)) if (!firstHolder.has(part)) firstHolder.set(part, g);
  if (!firstHolder.size) return groups;
  const latestHolder = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const c of cands) {
    const g = groups.get(c)!;
    // (an acronym, "KVPA" beside "KVPA Administrator", keeps its own entity)
    const holder = firstHolder.has(g) && hasLowerCase(text, c.start, c.end) ? latestHolder.get(g) ?? firstHolder.get(g) : undefined;
    if (holder && holder !== g) {
      groups.set(c, holder);
      if (!folded.has(g)) folded.set(g, holder);
    }
    for (const part of tracked(g)) latestHolder.set(part, groups.get(c)!);
  }
  // a longer name met later may itself be a shorter form ("Court" → "Supreme Court" → the full name)
  for (const [c, g] of groups) {
    let final = g;
    for (let hop = 0; hop < MAX_FOLD_WORDS && folded.has(final); hop++) final = folded.get(final)!;
    groups.set(c, final);
  }
  return groups;
}

/** The runs of whole words of a name, shorter than the name, that are in `named` ("supreme court",
 *  "court" of "italian supreme court of cassation"); none for names over MAX_FOLD_WORDS words. */
function namedParts(g: string, named: Set<string>): string[] {
  const starts = [0];
  for (let i = g.indexOf(' '); i >= 0; i = g.indexOf(' ', i + 1)) starts.push(i + 1);
  const found: string[] = [];
  if (starts.length > MAX_FOLD_WORDS) return found;
  starts.push(g.length + 1);
  for (let a = 0; a < starts.length - 1; a++) {
    work.steps += starts.length - a;
    for (let b = a + 1; b < starts.length; b++) {
      if (a === 0 && b === starts.length - 1) continue; // the whole name
      const part = g.slice(starts[a], starts[b] - 1);
      if (named.has(part)) found.push(part);
    }
  }
  return found;
}

/** Group key of a person candidate: the full name, or the full name its surname points to. */
function personGroups(cands: Candidate[], text: string, rules: RuleSwitch): Map<Candidate, string> {
  // surnames of full names a first name opens ("Marta Vilks"); a run that starts with one and goes
  // on with other words ("Vilks Prize") is that surname and something else, no full name
  const surnames = new Set<string>();
  work.steps += 5 * cands.length;
  for (const c of cands) if (c.kind === 'person' && c.to - c.from >= 2 && firstNames.has(firstWord(c.key))) surnames.add(lastWord(c.key));
  const surnameFirst = (c: Candidate) => c.to - c.from >= 2 && !c.titled && !c.nested && surnames.has(firstWord(c.key)) && !firstNames.has(firstWord(c.key));
  const full = cands.filter((c) => c.kind === 'person' && c.to - c.from >= 2 && !surnameFirst(c));
  const group = new Map<Candidate, string>();
  for (const c of full) group.set(c, c.key);
  // a longer name that extends a shorter full name joins it ("Bashar al-Assad" stays apart)
  const byLast = new Map<string, Candidate[]>();
  const byFirst = new Map<string, Candidate[]>();
  for (const c of full) {
    const last = lastWord(c.key);
    const first = firstWord(c.key);
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(c);
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(c);
  }
  // candidates come in text order: the full name met last before a short form is the one it means,
  // and a short form before any full name takes the first one ("Kerry … John Kerry")
  const latestByLast = new Map<string, Candidate>();
  const latestByFirst = new Map<string, Candidate>();
  const nearest = (latest: Map<string, Candidate>, all: Map<string, Candidate[]>, word: string) => latest.get(word) ?? all.get(word)?.[0];
  // a lone name the article shows to be a person by a title or what follows ("President Assad", "the
  // Obama administration") makes its other lone mentions that person too ("Assad", "Obama's team")
  const lonePersons = new Set<string>();
  for (const c of cands) if (c.kind === 'person' && (c.titled || c.leads) && c.to - c.from === 1) lonePersons.add(c.key);
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (group.has(c)) {
      latestByLast.set(lastWord(c.key), c);
      latestByFirst.set(firstWord(c.key), c);
    }
    // a lone place name can be a surname the article has given in full ("Mirela Lisbon" … "Lisbon"),
    // and so can a country's name ("Tomas Jordan" … "Jordan said"), unless "in", "to" or "from" opens it
    const loneName = (c.kind === 'place' && c.to - c.from === 1) || (c.kind === 'country' && loneCountryName(c, text) && rules.on('alias.country-surname'));
    // (a lone news source, "told Kestrel", may be a surname the article gives in full)
    const source = c.kind === 'organization' && c.rule === 'org.news-source';
    if (group.has(c) || (c.kind !== 'person' && c.kind !== 'unknown' && !loneName && !source)) continue;
    if (c.kind === 'country') {
      const surname = normalizeKey(text.slice(c.start, c.end));
      const person = nearest(latestByLast, byLast, surname);
      if (person) {
        group.set(c, group.get(person)!);
        c.rule = 'alias.country-surname';
        c.kind = 'person';
        c.key = surname;
        c.country = undefined;
      }
      continue;
    }
    const first = firstWord(c.key);
    if ((loneName || source) && !byLast.has(first)) continue;
    // "the Vilks Papers", "Vilks Prize winners": a surname the article has given in full,
    // then words that are no name of that person: the surname alone is the person
    if (surnameFirst(c) && rules.on('alias.surname-then-words')) {
      const space = text.indexOf(' ', c.start);
      if (space > c.start && space < c.end) {
        const head: Candidate = { ...c, kind: 'person', to: c.from + 1, end: space, key: first, rule: 'alias.surname-then-words' };
        cands[i] = head;
        group.set(head, group.get(nearest(latestByLast, byLast, first)!)!);
        continue;
      }
    }
    const oneWord = first.length === c.key.length;
    const target = nearest(latestByLast, byLast, lastWord(c.key)) ?? (oneWord ? nearest(latestByFirst, byFirst, first) : undefined);
    if (target && rules.on('alias.surname')) {
      // "Donor Vilks" at a sentence start, "Friends of Vilks", "Vilks Wins Again Over Vilks": plain
      // words before the surname are no part of the name, only the surname is the person
      if (c.to - c.from >= 2 && c.kind === 'unknown' && plainWordsBefore(c.key)) {
        const space = text.lastIndexOf(' ', c.end - 1);
        if (space > c.start && space < c.end) {
          const surname: Candidate = { ...c, from: c.to - 1, start: space + 1, key: lastWord(c.key) };
          cands[i] = surname;
          group.set(surname, group.get(target)!);
          surname.kind = 'person';
          surname.rule = 'alias.surname';
          continue;
        }
      }
      // "Ilze Vilks" after "Marta Vilks": name words before the surname, another first name, another person
      if (c.to - c.from >= 2 && c.kind === 'unknown' && firstWord(c.key) !== firstWord(target.key) && rules.on('alias.family-member')) {
        group.set(c, c.key);
        c.rule = 'alias.family-member';
        c.kind = 'person';
        continue;
      }
      group.set(c, group.get(target)!);
      if (c.kind !== 'person') c.rule = 'alias.surname';
      c.kind = 'person';
    } else if (c.kind === 'person' || (oneWord && lonePersons.has(c.key) && rules.on('alias.lone-person'))) {
      group.set(c, c.key);
      if (c.kind !== 'person') c.rule = 'alias.lone-person';
      c.kind = 'person';
    }
  }
  return group;
}

/** Words before a country's name that make it the place ("in Jordan"), not a person's surname. */
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'into', 'across', 'visit', 'visited', 'visiting']);

/** A country candidate spelled by its one-word name ("Jordan", not "Jordanian" or "JO"), with no
 *  preposition of place before it. */
function loneCountryName(c: Candidate, text: string): boolean {
  if (c.to - c.from !== 1 || c.bareCode || c.letterCode || c.peopleNoun) return false;
  if (!countryByName.has(normalizeKey(text.slice(c.start, c.end)))) return false;
  const before = text.slice(Math.max(0, c.start - 12), c.start).trimEnd();
  const word = before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
  return !PLACE_PREPOSITIONS.has(word);
}

/** Some word of a name's key before its last is a plain English word or a place's name, no first
 *  name ("friends of vilks", "donor vilks", "dunmore vilks"; not "anna maria vilks"). */
function plainWordsBefore(key: string): boolean {
  const words = key.split(' ');
  work.steps += words.length;
  // (a place or a nationality before a surname, "Dunmore Vilks", "Chilean Vilks", is no first name either)
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k];
    if ((englishWords.has(w) || places.has(w) || countryByName.has(w) || countryByDemonym.has(w)) && !firstNames.has(w)) return true;
  }
  return false;
}

/** Where a legal suffix starts in an organization's key ("vantor inc"), or -1; a dotted one is
 *  spelled in single letters ("vantor s a" of "Vantor S.A.", by alias.dotted-suffix). */
function legalSuffixAt(key: string, rules: RuleSwitch): number {
  const space = key.lastIndexOf(' ');
  if (space <= 0) return -1;
  if (LEGAL_SUFFIXES.has(key.slice(space + 1))) return space;
  let start = space;
  let letters = key.slice(space + 1);
  // walk back over single letters ("s a", "n v")
  while (letters.length < 4 && start >= 2 && key[start - 2] === ' ' && key[start - 1] !== ' ') {
    letters = key[start - 1] + letters;
    start -= 2;
  }
  if (letters.length === key.length - space - 1 || !rules.on('alias.dotted-suffix')) return -1;
  return letters.length >= 2 && LEGAL_SUFFIXES.has(letters) && start > 0 ? start : -1;
}

export function buildEntities(text: string, cands: Candidate[], rules: RuleSwitch): ResolvedMention[] {
  // a name the article treats as an organization or event elsewhere keeps that kind
  const strongKind = new Map<string, EntityKind>();
  /** Keys made organizations by a legal suffix elsewhere ("vantor" of "vantor inc"). */
  const bySuffix = new Set<string>();
  /** Those of them made by a dotted suffix ("vantor" of "Vantor S.A."). */
  const byDottedSuffix = new Set<string>();
  work.steps += 5 * cands.length;
  // surnames of full or titled names ("vilks" of "Marta Vilks", "President Vilks"): a lone news
  // source of that name is the person
  const fullSurnames = new Set<string>();
  for (const c of cands) if (c.kind === 'person' && (c.to - c.from >= 2 || c.titled)) fullSurnames.add(lastWord(c.key));
  for (const c of cands) {
    if (!c.strong || (c.kind !== 'organization' && c.kind !== 'event')) continue;
    if (c.rule === 'org.news-source' && fullSurnames.has(c.key)) continue;
    strongKind.set(c.key, c.kind);
    // "Vantor Inc." … "Vantor": a company's name without its legal suffix is the company
    const space = legalSuffixAt(c.key, rules);
    if (c.kind === 'organization' && space > 0 && !strongKind.has(c.key.slice(0, space)) && rules.on('alias.legal-suffix')) {
      strongKind.set(c.key.slice(0, space), 'organization');
      bySuffix.add(c.key.slice(0, space));
      if (!LEGAL_SUFFIXES.has(c.key.slice(c.key.lastIndexOf(' ') + 1))) byDottedSuffix.add(c.key.slice(0, space));
      // "Vantor Holdings Inc." … "Vantor": the first word of a longer company name, when it is no
      // plain word, title or nationality ("General", "American" stay apart)
      const head = firstWord(c.key);
      if (head.length > 2 && head !== c.key.slice(0, space) && !commonWords.has(head) && !titleWords.has(head) && !demonymWords.has(head) && !strongKind.has(head)) {
        strongKind.set(head, 'organization');
        bySuffix.add(head);
      }
    }
  }
  const sameKind = rules.on('alias.same-name-kind');
  for (const c of cands) {
    const k = strongKind.get(c.key);
    if (k && (c.kind === 'unknown' || (c.kind === 'person' && !c.titled)) && (sameKind || bySuffix.has(c.key))) {
      c.kind = k;
      c.rule = byDottedSuffix.has(c.key) ? 'alias.dotted-suffix' : bySuffix.has(c.key) ? 'alias.legal-suffix' : 'alias.same-name-kind';
    }
  }
  const persons = personGroups(cands, text, rules);

  // organizations: the same name with or without "the", acronyms to their spelled-out form
  const orgKey = (c: Candidate) => c.key.replace(/^the /, '');
  const orgs = cands.filter((c) => c.kind === 'organization');
  const spelled = new Map<string, string>();
  // (a dotted acronym's own key, "u n" for "U.N.", spells nothing out)
  const spelledSeen = new Set<string>();
  for (const c of orgs) {
    const k = orgKey(c);
    if (!c.key.includes(' ') || DOTTED_KEY.test(k) || spelledSeen.has(k)) continue;
    spelledSeen.add(k);
    const abbreviation = initials(k);
    if (!spelled.has(abbreviation)) spelled.set(abbreviation, k);
  }
  // "Harbour Research Centre (HRC)", "the Valley Farmers Party, or VFP": an acronym the article
  // defines right after a name is that name, whatever its letters
  for (let i = 1; i < orgs.length; i++) {
    const short = orgs[i];
    const long = orgs[i - 1];
    if (short.start - long.end > MAX_DEFINER_LENGTH) continue;
    const raw = orgKey(short);
    const k = raw.replace(SPACES, '');
    if ((raw.includes(' ') && !DOTTED_KEY.test(raw)) || !long.key.includes(' ') || spelled.has(k) || hasLowerCase(text, short.start, short.end)) continue;
    const between = text.slice(long.end, short.start);
    if (ACRONYM_DEFINERS.has(between) && (between !== ' (' || text[short.end] === ')')) spelled.set(k, orgKey(long));
  }
  const orgBase = (c: Candidate) => {
    const k = orgKey(c);
    return (!k.includes(' ') || DOTTED_KEY.test(k)) ? spelled.get(k.replace(/ /g, '')) ?? k : k;
  };
  const eventBase = (c: Candidate) => c.key.replace(/^(the|a|an) /, '').replace(/ (19|20)\d\d$/, '');
  const orgGroups = foldShortForms(text, orgs, orgBase);
  const eventGroups = foldShortForms(text, cands.filter((c) => c.kind === 'event'), eventBase);

  const byId = new Map<string, Entity>();
  /** Kind → group → entity: a name recurs, and its id need not be built again. Groups of one kind
   *  may share an entity (their slugs can coincide), so a new group still goes through byId. */
  const byGroup = new Map<EntityKind, Map<string, Entity>>(ENTITY_KINDS.map((kind) => [kind, new Map()]));
  const resolved: ResolvedMention[] = [];
  for (const c of cands) {
    let kind: EntityKind;
    let group: string;
    if (c.kind === 'person' && persons.has(c)) {
      kind = 'person';
      group = persons.get(c)!;
    } else if (c.kind === 'country' && c.country) {
      kind = 'country';
      group = c.country.id;
    } else if (c.kind === 'organization') {
      kind = 'organization';
      group = orgGroups.get(c)!;
    } else if (c.kind === 'event') {
      kind = 'event';
      group = eventGroups.get(c)!;
    } else continue;
    const groups = byGroup.get(kind)!;
    let e = groups.get(group);
    if (!e) {
      // (a group is a normalized key already: its slug only joins the words with hyphens)
      const id = `${kind}:${kind === 'country' ? group : (group.indexOf(' ') < 0 ? group : group.replace(SPACES, '-')) || 'x'}`;
      e = byId.get(id);
      if (!e) {
        e = { id, kind, name: '', mentions: [], aliases: [] };
        byId.set(id, e);
      }
      groups.set(group, e);
    }
    const mentionText = text.slice(c.start, c.end);
    work.steps += e.aliases.length;
    e.mentions.push({ start: c.start, end: c.end, text: mentionText, rule: c.rule });
    if (!e.aliases.includes(mentionText)) e.aliases.push(mentionText);
    if (kind === 'country') e.name = c.country!.name;
    resolved.push({ candidate: c, entity: e });
  }
  for (const e of byId.values()) {
    work.steps += 2 * e.mentions.length;
    e.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    // within one entity, nested duplicates collapse to the outer mention
    e.mentions = e.mentions.filter((m, i, all) => i === 0 || m.start >= all[i - 1].end);
    if (e.kind !== 'country') e.name = canonicalName(e);
  }
  // keep the candidates whose mention survived
  return resolved.filter((r) => hasMentionAt(r.entity, r.candidate.start));
}

/** Whether one of an entity's mentions starts at an offset (after the filter above they are sorted
 *  by start, no two at the same start: binary search). */
function hasMentionAt(e: Entity, start: number): boolean {
  const i = firstIndexWhereNot(e.mentions.length, (k) => e.mentions[k].start < start);
  return i < e.mentions.length && e.mentions[i].start === start;
}

/** s.replace(/^(the|The) /, ''). */
function withoutThe(s: string): string {
  return s.startsWith('the ') || s.startsWith('The ') ? s.slice(4) : s;
}

/** s.replace(/[’']s$/, ''). */
function withoutPossessive(s: string): string {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 0x73) return s;
  const c = s.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019 ? s.slice(0, -2) : s;
}

/** The fullest spelling: most words, then first seen; no "the", no possessive. (A newspaper's
 *  capital "The" goes too: news copy names "the Harbour Times" as often as "The Harbour Times", and
 *  the gold of the dev sets writes it without.) */
function canonicalName(e: Entity): string {
  let best = '';
  let bestWords = -Infinity;
  // (a spelling met before scores the same: only new ones are weighed)
  const weighed = new Set<string>();
  for (const m of e.mentions) {
    if (weighed.has(m.text)) continue;
    weighed.add(m.text);
    const name = withoutPossessive(withoutThe(m.text));
    // (a person's name read from a surname, "Wisconsin Vilks", names the person only when nothing else does)
    const byAlias = e.kind === 'person' && m.rule === 'alias.surname' ? -100 : 0;
    const words = wordCount(normalizeKey(name)) + (name.includes(' ') ? 0.5 : 0) + byAlias;
    if (words > bestWords) {
      best = name;
      bestWords = words;
    }
  }
  return best;
}

const KIND_ORDER = Object.fromEntries(ENTITY_KINDS.map((kind, i) => [kind, i])) as Record<EntityKind, number>;

export function sortEntities(entities: Iterable<Entity>): Entity[] {
  return [...entities].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.mentions[0].start - b.mentions[0].start);
}

export { initials };
