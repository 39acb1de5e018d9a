/** Word lists, built once from the generated data (see scripts/gen-lexicon.mjs), plus the small
 *  closed classes of news English that no package lists: titles, reporting verbs, head nouns. */
import data from './lexicon.generated.json';
import { normalizeKey } from '../text/text';

export interface CountryInfo {
  id: string;
  name: string;
}

const set = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
/** A long list the generator stored as one string, a lower-case word per line. */
const lines = (words: string) => new Set(words.split('\n'));

export const firstNames = lines(data.firstNames);
/** First names that are English words too ("Dean", "Bill", "Hope"): names only before a surname
 *  that is no English word ("Dean Vorhaus", not "Hope Street"). */
export const wordFirstNames = lines(data.wordFirstNames);
/** First names that say a person's gender ("Raj", "Dana" is both and in neither), from
 *  compromise's tags and the Moby lists. */
export const maleFirstNames = lines(data.maleFirstNames);
export const femaleFirstNames = lines(data.femaleFirstNames);
export const lastNames = lines(data.lastNames);
export const commonWords = lines(data.commonWords);
/** Ordinary English words, a larger dictionary than commonWords (SCOWL): a word in it is no name
 *  unless a first name or title opens the name ("Quiet Hours", "Silver Lining" are no people). */
export const englishWords = new Set([...commonWords, ...data.moreEnglishWords.split('\n')]);
export const months = set(data.months);
export const weekdays = set(data.weekdays);
export const honorifics = set(data.honorifics);
export const abbreviations = set([...data.abbreviations, ...data.honorifics, ...data.months]);
export const places = set(data.places);
export const demonymWords = set(data.demonyms);
/** Last words of place names ("Redmoor Stadium", "Kessock Road", "Eastmoor Station"), from
 *  compromise's place words; a few that also end organizations or people's names are left out. */
export const placeHeads = new Set([...data.placeWords, 'station', 'airport', 'hotel', 'terminal', 'square', 'plaza'].filter(
  (w) => !['state', 'country', 'kingdom', 'house', 'bar', 'way', 'site', 'landing', 'st', 'cr', 'tr', 'rd', 'ave', 'camp', 'crossing', 'field', 'hall', 'ward', 'downs', 'estates', 'village', 'centre', 'memorial', 'museum', 'gallery'].includes(w),
));
/** Nouns for craft and vessels ("Research Vessel Kelpie", "the rover Kestrel"): a name after them is
 *  a craft's, not a person's. */
export const craftNouns = new Set(['shuttle', 'spacecraft', 'spaceship', 'rocket', 'orbiter', 'probe', 'rover', 'lander', 'satellite',
  'capsule', 'telescope', 'ship', 'vessel', 'ferry', 'liner', 'frigate', 'destroyer', 'submarine', 'cruiser', 'tanker', 'yacht',
  'aircraft', 'airship', 'locomotive']);
/** First words of place names ("Cape Arden", "Mount Kessock", "Lake Dunmore"). */
export const placeStarts = new Set(['cape', 'mount', 'lake', 'fort', 'isle', 'gulf', 'port']);
/** Compass words that end place names ("Dunmore West", "Eastmoor North"). */
export const compassWords = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central']);
/** Labels of captions and credits ("Photo: Lena Voss"): never part of a name. */
export const creditLabels = new Set(['image', 'images', 'photo', 'photos', 'photograph', 'picture', 'video', 'credit', 'credits', 'source', 'file', 'illustration', 'graphic', 'map']);
/** Job nouns ("spokesman", "official"): a speaker described, not named. compromise's Actor list
 *  lacks the describers news writing leans on most, so they are added as a closed class. */
export const actorNouns = set([
  ...data.actors, 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'diplomat',
  'diplomats', 'source', 'sources', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'negotiator',
  'negotiators', 'envoy', 'minister', 'ministers', 'representative', 'representatives', 'witness', 'witnesses',
  'resident', 'residents', 'analyst', 'analysts', 'expert', 'experts', 'lawmaker', 'lawmakers', 'researcher',
  'researchers', 'campaigner', 'campaigners', 'activist', 'activists', 'critic', 'critics', 'supporter', 'supporters',
]);
/** Multi-word organization names, keyed by normalizeKey. */
export const organizationNames = new Set(data.organizations.map(normalizeKey));
/** Famous people's surnames ("obama" from "barack obama"), a hint that a lone word is a person. */
export const famousSurnames = new Set(data.people.map((p) => p.split(' ').pop() as string).filter((s) => s.length > 2 && !commonWords.has(s)));

/** Country lookups: names and codes by normalized key, demonyms by lower-case word. */
export const countryByName = new Map<string, CountryInfo>();
export const countryByCode = new Map<string, CountryInfo>();
export const countryByDemonym = new Map<string, CountryInfo>();
export const capitals = new Set<string>();
{
  const byWeight = [...data.countries].sort((a, b) => b.weight - a.weight);
  const put = (map: Map<string, CountryInfo>, key: string, info: CountryInfo) => {
    if (key && !map.has(key)) map.set(key, info);
  };
  for (const c of byWeight) {
    const info = { id: c.id, name: c.name };
    for (const n of c.names) put(countryByName, normalizeKey(n), info);
    for (const code of c.codes) put(countryByCode, code, info);
    for (const d of c.demonyms) {
      // ("South Korean", "Sri Lankan": a demonym of two words is looked up as a name is)
      if (d.includes(' ')) {
        put(countryByName, normalizeKey(d), info);
        put(countryByName, normalizeKey(d + 's'), info);
        continue;
      }
      put(countryByDemonym, d.toLowerCase(), info);
      put(countryByDemonym, d.toLowerCase() + 's', info);
    }
    for (const cap of c.capitals) capitals.add(normalizeKey(cap.replace(/ D\.C\.$/, '')));
  }
}
/** Every word-prefix of a country name ("united", "united states"), to stop a lookup early. */
export const countryNamePrefixes = new Set<string>();
for (const key of countryByName.keys()) {
  const words = key.split(' ');
  for (let i = 1; i <= words.length; i++) countryNamePrefixes.add(words.slice(0, i).join(' '));
}
export const maxCountryNameWords = Math.max(...[...countryByName.keys()].map((k) => k.split(' ').length));

/** Titles that stand before a name ("Secretary of State John Kerry", "President Assad"). */
export const titleWords = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'emperor', 'pope', 'cardinal', 'archbishop', 'bishop', 'reverend', 'rabbi', 'imam', 'sheikh',
  'ambassador', 'envoy', 'senator', 'congressman', 'congresswoman', 'representative', 'governor', 'mayor',
  'director', 'chairman', 'chairwoman', 'chair', 'chief', 'commissioner', 'spokesman', 'spokeswoman',
  'spokesperson', 'general', 'admiral', 'colonel', 'captain', 'lieutenant', 'sergeant', 'major', 'commander',
  'judge', 'justice', 'attorney', 'professor', 'doctor', 'coach', 'manager', 'ceo', 'founder', 'leader',
  'deputy', 'foreign', 'defense', 'defence', 'interior', 'finance', 'home', 'health', 'state', 'national',
  'security', 'intelligence', 'first', 'lady', 'sir', 'dame', 'lord', 'president-elect', 'curator', 'officer', 'sheriff', 'executive',
  ...honorifics,
]);
/** Of those, the words that make a title by themselves (not "Foreign", "State"). */
export const titleHeads = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess',
  'emperor', 'pope', 'cardinal', 'archbishop', 'bishop', 'reverend', 'rabbi', 'imam', 'sheikh', 'ambassador',
  'envoy', 'senator', 'congressman', 'congresswoman', 'representative', 'governor', 'mayor', 'director',
  'chairman', 'chairwoman', 'chief', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'general',
  'admiral', 'colonel', 'captain', 'lieutenant', 'sergeant', 'commander', 'judge', 'justice', 'professor',
  'doctor', 'coach', 'ceo', 'founder', 'leader', 'lady', 'sir', 'dame', 'lord', 'president-elect', 'curator', 'sheriff', 'executive',
  ...honorifics,
]);

/** Last words of organization names ("Nusra Front", "State Department"). */
export const orgHeads = new Set([
  'group', 'front', 'party', 'ministry', 'department', 'agency', 'council', 'committee', 'commission',
  'organization', 'organisation', 'union', 'association', 'society', 'foundation', 'institute', 'institution',
  'university', 'college', 'school', 'academy', 'museum', 'gallery', 'church', 'court', 'army', 'navy', 'force',
  'forces', 'police', 'bank', 'corporation', 'corp', 'inc', 'company', 'co', 'ltd', 'llc', 'plc', 'news',
  'times', 'post', 'herald', 'journal', 'magazine', 'press', 'network', 'authority', 'office', 'service',
  'board', 'league', 'federation', 'legion', 'alliance', 'coalition', 'movement', 'parliament', 'congress',
  'senate', 'government', 'administration', 'guard', 'brigade', 'brigades', 'battalion', 'corps', 'club',
  'team', 'studios', 'records', 'airlines', 'airways', 'group', 'trust', 'fund', 'centre', 'center', 'hospital',
  'institute', 'laboratory', 'observatory', 'tribunal', 'assembly', 'bureau', 'secretariat', 'cabinet',
  'conference', 'tribune', 'gazette', 'daily', 'telegraph', 'guardian', 'independent', 'observer', 'weekly',
  'broadcasting', 'television', 'radio', 'media', 'systems', 'technologies', 'industries', 'motors', 'labs',
  // legal forms of companies abroad, and the institutions of money
  'ag', 'sa', 'nv', 'spa', 'gmbh', 'ab', 'asa', 'bhd', 'treasury', 'reserve', 'fed', 'exchange', 'newsroom',
  // compromise's organization words, less those that also end people's names or common phrases
  ...data.orgWords.filter((w) => !['boys', 'girls', 'care', 'data', 'design', 'capital', 'coffee', 'pizza', 'gas', 'oil', 'marine', 'mobile',
    'electric', 'energy', 'financial', 'estate', 'sons', 'crew', 'memorial', 'community', 'development', 'education',
    'management', 'marketing', 'military', 'workers', 'brothers', 'international', 'investors', 'hotel', 'hotels', 'cafe', 'restaurant',
    'restaurants', 'power', 'assurance', 'insurance', 'savings', 'comprehensive', 'collective', 'ensemble'].includes(w)),
]);
/** First words of organization names ("University of Texas", "Ministry of Culture"). */
export const orgStarts = new Set([
  'university', 'ministry', 'department', 'church', 'bank', 'council', 'institute', 'museum', 'college',
  'academy', 'society', 'office', 'house', 'federation', 'league', 'order', 'union', 'municipality', 'board',
  'commission', 'committee', 'bureau', 'school', 'court',
]);
/** Lower-case words that follow a name and make it an organization ("Islamic State group"). */
export const orgTrailers = new Set(['group', 'militants', 'militia', 'movement', 'organization', 'network', 'newspaper', 'daily', 'weekly',
  'agency', 'company', 'firm', 'bank', 'airline', 'carrier', 'party', 'club', 'side', 'brokerage', 'conglomerate', 'subsidiary', 'unit',
  'television', 'radio', 'magazine', 'insurer', 'manufacturer', 'maker', 'retailer', 'daily']);

/** Last words of named events ("World War II", "Harbour Festival", "KVPA Cup"). */
export const eventHeads = new Set([
  'war', 'olympics', 'olympiad', 'games', 'cup', 'championship', 'championships', 'festival', 'fair', 'expo',
  'summit', 'revolution', 'election', 'elections', 'marathon', 'tournament', 'grand prix', 'challenge',
  'crisis', 'massacre', 'uprising', 'year', 'week', 'day', 'prix', 'series', 'open', 'games', 'biennale',
  'exhibition', 'show', 'awards', 'conference', 'convention', 'congress', 'forum', 'session', 'treaty', 'accord',
  'accords', 'agreement', 'protests', 'riots', 'rebellion', 'spring', 'blitz', 'invasion', 'campaign',
]);
/** Nouns that make a specific event with a name or date before them ("Syrian ceasefire",
 *  "the Sept. 9 truce", "Iran nuclear deal"). */
export const eventNouns = new Set([
  'ceasefire', 'cease-fire', 'truce', 'deal', 'agreement', 'accord', 'treaty', 'talks', 'negotiations',
  'session', 'summit', 'conference', 'conflict', 'war', 'crisis', 'election', 'elections', 'referendum',
  'attack', 'attacks', 'bombing', 'bombings', 'protest', 'protests', 'offensive', 'invasion', 'uprising',
  'revolution', 'coup', 'earthquake', 'hurricane', 'stampede', 'pilgrimage', 'festival', 'olympics',
  'championship', 'tournament', 'fair', 'expo', 'ceremony', 'parade', 'massacre', 'genocide', 'shooting',
  'raid', 'strike', 'strikes', 'airstrike', 'airstrikes', 'blockade', 'siege', 'meeting', 'visit', 'trial',
  'hearing', 'debate', 'vote', 'race', 'match', 'final', 'launch', 'mission', 'disaster', 'fire', 'flood',
  'floods', 'storm', 'riot', 'riots', 'rally', 'march', 'crash', 'explosion', 'outbreak', 'epidemic', 'pandemic',
]);

/** Past-tense verbs (compromise): "Peru exchanged fire" is a sentence, no event name. */
export const pastTense = set(data.pastTense);

/** Verbs that report speech. */
export const speechVerbs = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'asked', 'asks', 'stated', 'states',
  'declared', 'declares', 'explained', 'explains', 'noted', 'notes', 'wrote', 'writes', 'warned', 'warns',
  'insisted', 'insists', 'argued', 'argues', 'acknowledged', 'acknowledges', 'announced', 'announces',
  'claimed', 'claims', 'continued', 'continues', 'replied', 'replies', 'responded', 'responds', 'remarked',
  'remarks', 'commented', 'comments', 'recalled', 'recalls', 'joked', 'jokes', 'suggested', 'suggests',
  'cautioned', 'cautions', 'urged', 'urges', 'concluded', 'concludes', 'described', 'describes', 'admitted',
  'admits', 'agreed', 'agrees', 'conceded', 'concedes', 'confirmed', 'confirms', 'denied', 'denies',
  'emphasized', 'emphasised', 'stressed', 'stresses', 'observed', 'observes', 'predicted', 'predicts',
  'promised', 'promises', 'pledged', 'pledges', 'tweeted', 'tweets', 'posted', 'posts', 'shouted', 'shouts',
  'exclaimed', 'whispered', 'yelled', 'quipped', 'mused', 'wondered', 'vowed', 'vows', 'blogged', 'reported',
  'reports', 'called', 'calls', 'labelled', 'labeled', 'accused', 'accuses', 'complained', 'complains',
  'boasted', 'boasts', 'answered', 'answers', 'countered', 'counters', 'maintained', 'maintains', 'testified',
  'thinks', 'thought', 'believes', 'believed', 'hopes', 'hoped', 'feels', 'felt', 'recounted', 'recounts',
  'reiterated', 'reiterates', 'adding', 'saying', 'telling', 'noting', 'explaining', 'warning', 'describing',
  'calling', 'arguing', 'insisting', 'asking', 'claiming', 'stating', 'reads', 'dubbed', 'dubs', 'commenting',
  'adds', 'writing', 'concluding', 'characterized', 'characterised', 'characterizes', 'characterises', 'promising', 'pledging',
  'vowing', 'urging', 'stating', 'announcing', 'admitting', 'acknowledging', 'recalling', 'replying', 'responding', 'concluded',
]);

/** Pronouns that can stand for a person speaker. */
export const personPronouns = new Set(['he', 'she']);

/** Words of a name that are written in lower case ("Staffan de Mistura", "Ludwig van Beethoven"). */
export const nameParticles = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten', 'mac']);

export function countryForName(key: string): CountryInfo | undefined {
  return countryByName.get(key);
}
