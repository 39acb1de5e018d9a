/** Turns candidate mentions into entities: resolves surnames and honorific forms to the full
 *  name met in the article ("Kerry" → John Kerry), acronyms to spelled-out organizations
 *  ("U.N." → United Nations), and gives each entity one canonical name. */
import { Candidate } from './classify';
import { normalizeKey, slug } from './text';
import { Entity, EntityKind, ENTITY_KINDS } from './types';

export interface ResolvedMention {
  candidate: Candidate;
  entity: Entity;
}

const STOP_IN_INITIALS = new Set(['of', 'the', 'and', 'for', 'on', '&', 'de']);

function initials(key: string): string {
  return key.split(' ').filter((w) => !STOP_IN_INITIALS.has(w)).map((w) => w[0]).join('');
}

/** Group key of a person candidate: the full name, or the full name its surname points to. */
function personGroups(cands: Candidate[]): Map<Candidate, string> {
  const full = cands.filter((c) => c.kind === 'person' && c.to - c.from >= 2);
  const group = new Map<Candidate, string>();
  for (const c of full) group.set(c, c.key);
  // a longer name that extends a shorter full name joins it ("Bashar al-Assad" stays apart)
  const byLast = new Map<string, Candidate[]>();
  const byFirst = new Map<string, Candidate[]>();
  for (const c of full) {
    const words = c.key.split(' ');
    const last = words[words.length - 1];
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(c);
    (byFirst.get(words[0]) ?? byFirst.set(words[0], []).get(words[0])!).push(c);
  }
  // candidates come in text order: the full name met last before a short form is the one it means,
  // and a short form before any full name takes the first one ("Kerry … John Kerry")
  const latestByLast = new Map<string, Candidate>();
  const latestByFirst = new Map<string, Candidate>();
  const nearest = (latest: Map<string, Candidate>, all: Map<string, Candidate[]>, word: string) => latest.get(word) ?? all.get(word)?.[0];
  for (const c of cands) {
    if (group.has(c)) {
      const words = c.key.split(' ');
      latestByLast.set(words[words.length - 1], c);
      latestByFirst.set(words[0], c);
    }
    // a lone place name can be a surname the article has given in full ("Valeska Paris" … "Paris")
    const loneName = c.kind === 'place' && c.to - c.from === 1;
    if (group.has(c) || (c.kind !== 'person' && c.kind !== 'unknown' && !loneName)) continue;
    const words = c.key.split(' ');
    if (loneName && !byLast.has(words[0])) continue;
    const target = nearest(latestByLast, byLast, words[words.length - 1]) ?? (words.length === 1 ? nearest(latestByFirst, byFirst, words[0]) : undefined);
    if (target) {
      group.set(c, group.get(target)!);
      c.kind = 'person';
    } else if (c.kind === 'person') group.set(c, c.key);
  }
  return group;
}

export function buildEntities(text: string, cands: Candidate[]): ResolvedMention[] {
  // a name the article treats as an organization or event elsewhere keeps that kind
  const strongKind = new Map<string, EntityKind>();
  for (const c of cands) if (c.strong && (c.kind === 'organization' || c.kind === 'event')) strongKind.set(c.key, c.kind);
  for (const c of cands) {
    const k = strongKind.get(c.key);
    if (k && (c.kind === 'unknown' || (c.kind === 'person' && !c.titled))) c.kind = k;
  }
  const persons = personGroups(cands);

  // organizations: the same name with or without "the", acronyms to their spelled-out form
  const orgKey = (c: Candidate) => c.key.replace(/^the /, '');
  const orgs = cands.filter((c) => c.kind === 'organization');
  const spelled = new Map<string, string>();
  for (const c of orgs) if (c.key.includes(' ')) spelled.set(initials(orgKey(c)), orgKey(c));
  const orgGroup = (c: Candidate) => {
    const k = orgKey(c);
    return (!k.includes(' ') || /^[a-z]( [a-z])+$/.test(k)) ? spelled.get(k.replace(/ /g, '')) ?? k : k;
  };

  const byId = new Map<string, Entity>();
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
      group = orgGroup(c);
    } else if (c.kind === 'event') {
      kind = 'event';
      group = c.key.replace(/^(the|a|an) /, '').replace(/ (19|20)\d\d$/, '');
    } else continue;
    const id = `${kind}:${kind === 'country' ? group : slug(group)}`;
    let e = byId.get(id);
    if (!e) {
      e = { id, kind, name: '', mentions: [], aliases: [] };
      byId.set(id, e);
    }
    const mentionText = text.slice(c.start, c.end);
    e.mentions.push({ start: c.start, end: c.end, text: mentionText });
    if (!e.aliases.includes(mentionText)) e.aliases.push(mentionText);
    if (kind === 'country') e.name = c.country!.name;
    resolved.push({ candidate: c, entity: e });
  }
  for (const e of byId.values()) {
    e.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    // within one entity, nested duplicates collapse to the outer mention
    e.mentions = e.mentions.filter((m, i, all) => i === 0 || m.start >= all[i - 1].end);
    if (e.kind !== 'country') e.name = canonicalName(e, text);
  }
  // keep the candidates whose mention survived (a set per entity: one entity may have many mentions)
  const kept = new Map<Entity, Set<number>>();
  for (const e of byId.values()) kept.set(e, new Set(e.mentions.map((m) => m.start)));
  return resolved.filter((r) => kept.get(r.entity)!.has(r.candidate.start));
}

/** The fullest spelling: most words, then first seen; no "the", no possessive. */
function canonicalName(e: Entity, text: string): string {
  let best = '';
  let bestWords = 0;
  let capitalThe = false;
  for (const m of e.mentions) {
    if (m.text.startsWith('The ') || (m.start >= 4 && text.startsWith('The ', m.start - 4))) capitalThe = true;
    const name = m.text.replace(/^(the|The) /, '').replace(/[’']s$/, '');
    const words = normalizeKey(name).split(' ').length + (name.includes(' ') ? 0.5 : 0);
    if (words > bestWords) {
      best = name;
      bestWords = words;
    }
  }
  // "The Straits Times", "The Globe and Mail": a newspaper the article calls "The …" keeps its article
  if (e.kind === 'organization' && capitalThe && PUBLICATION_HEADS.has(best.split(' ').pop()!.toLowerCase())) return `The ${best}`;
  return best;
}

/** Last words of newspaper and magazine names, whose "The" is part of the title. */
const PUBLICATION_HEADS = new Set(['times', 'post', 'herald', 'journal', 'guardian', 'telegraph', 'independent', 'observer', 'tribune',
  'gazette', 'chronicle', 'mail', 'globe', 'star', 'sun', 'economist', 'standard', 'mirror', 'express', 'examiner', 'inquirer',
  'record', 'courier', 'bulletin', 'register', 'review', 'magazine', 'weekly', 'daily']);

export function sortEntities(entities: Iterable<Entity>): Entity[] {
  return [...entities].sort((a, b) => ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind) || a.mentions[0].start - b.mentions[0].start);
}

export { initials };
