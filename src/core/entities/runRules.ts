/** The ordered table of run rules (src/core/rules.ts): the first rule that applies to a run decides
 *  it, so the order is the order of precedence. Splits come first (they cut a run before anything
 *  reads it), then places and craft that would pass for people, then institutions and events by
 *  their head nouns, titles, countries, and the acronyms and lone names that are left. */
import { ruleTable, RuleInfo } from '../rules';
import { RunRule } from './candidate';
import * as split from './splitRules';
import * as place from './placeRules';
import * as org from './orgRules';
import * as event from './eventRules';
import * as country from './countryRules';
import { LEADS_ADMINISTRATION, NAME_WITH_COUNTRY, PERSON_OF, PERSON_RULES, TITLED_NAME } from './people';

export const RUN_RULES: readonly RunRule[] = ruleTable('entities', [
  split.THE_BEFORE_COUNTRY,
  split.TRAILING_WEEKDAY,
  split.LEADING_MONTH,
  split.CREDIT_LABEL,
  split.TWO_ACRONYMS,
  place.DATELINE,
  country.ALL_CAPS_COUNTRY,
  place.CAPS_LINE,
  place.CRAFT,
  place.START_OR_COMPASS,
  place.TOWN_COMMA_REGION,
  place.RIVER_BANK,
  split.PARTY_AND_STATE,
  PERSON_OF,
  split.OF_COUNTRY,
  org.AMPERSAND,
  org.AIRLINE,
  org.AFTER_KIND_NOUN,
  org.HEAD_NOUN,
  org.START_OF,
  org.HEAD_BEFORE_OF,
  org.KNOWN_NAME,
  org.TRAILER,
  org.NEWS_SOURCE_THE,
  place.HEAD_NOUN,
  event.HEAD_NOUN,
  TITLED_NAME,
  country.REGION,
  NAME_WITH_COUNTRY,
  country.COUNTRY_NAME,
  country.COUNTRY_CODE,
  country.COUNTRY_DEMONYM,
  country.HYPHEN_COUNTRIES,
  place.CAPS_PLACE,
  org.ACRONYM,
  org.HEAD_ALONE,
  place.KNOWN_PLACE,
  org.NEWS_SOURCE,
  org.COMPANY_NOUN,
  org.BASED_NAME,
  org.PLURAL_NICKNAME,
  org.ACRONYM_WITH_WORDS,
  org.COMPANY_PRODUCT,
  LEADS_ADMINISTRATION,
  org.ARABIC_ARTICLE,
]);

/** Ids of the decisions made beside a run's own: mentions nested inside an organization's name. */
export const SIDE_RULES = {
  namesake: 'person.namesake',
  insideName: 'country.inside-name',
  legalForm: 'country.legal-form',
  eventSeries: 'country.event-series',
} as const;

ruleTable<RuleInfo>('entities-inside', [
  { id: SIDE_RULES.namesake, description: 'a person\'s full name before an institution\'s head noun is a (nested) mention of its namesake', example: 'The Anna Kowalczyk Foundation gave a grant.' },
  { id: SIDE_RULES.insideName, description: 'a country named inside an organization or event is a mention of that country too', example: 'The Chess Federation of Norway named its team.' },
  { id: SIDE_RULES.legalForm, description: 'a dotted two-letter code that closes a firm\'s name ("S.A.", "A.G.") is its legal form, not a country', example: 'Shares of the shipping company Velmora S.A. fell.' },
  { id: SIDE_RULES.eventSeries, description: 'a country that opens an event\'s name names the series ("the Chile Open"), not a mention of the state', example: 'She lost in the second round of the Chile Open Championship.' },
]);

/** The readings of what no run rule decided (people.ts), after the table. */
ruleTable<RuleInfo>('entities-names', [
  { id: place.CAPS_PERSON, description: 'in a line of capitals, a first name that is no English word and a word that is none open a person\'s name', example: 'TENNIS - MARTA VILKS WINS IN THREE SETS' },
  { id: place.FIRST_NAME_BEFORE_HEAD, description: 'descriptors ("Fiery Australian"), then a first name before a word that also heads places ("Anna Hill"): a person, not a place', example: 'Fiery Australian Anna Hill called the umpire a cheat.' },
  { id: PERSON_RULES.firstName, description: 'a known first name opens a person\'s name ("Marta Vilks")', example: 'Marta Vilks won the vote.' },
  { id: PERSON_RULES.wordFirstName, description: 'a first name that is also a word ("Dean") before surnames that are no English words', example: 'The lab is run by Dean Vorhaus.' },
  { id: PERSON_RULES.surnameSpeaks, description: 'a lone surname that is also a rarer English word, before a speech verb', example: 'Reporters waited outside. Then Lark said nothing.' },
  { id: PERSON_RULES.nameShape, description: 'two to four capitalised words that are no English words make a person\'s name', example: 'The report was written by Okonkwo Adebayo.' },
  { id: PERSON_RULES.unknown, description: 'a run no rule decided and with no evidence of a person: kept unknown, for the article to name elsewhere', example: 'Members of Quiet Hours met again.' },
]);
