/** Named events: run rules that find an event by its head noun ("… Festival", "World War II"). */
import { countryByName, eventHeads, organizationNames, titleHeads } from '../lexicon/lexicon';
import { countryAt } from './nameWords';
import { RunRule } from './candidate';
import { SIDE_RULES } from './runRules';

const ROMAN = /^(?:[IVX]+)$/;

export const HEAD_NOUN: RunRule = {
  id: 'event.head-noun',
  description: 'a named event by its last word ("… Festival", "… Summit"), a numeral or the host country may follow ("World War II")',
  example: 'Crowds came to the Lantern Harbour Festival.',
  apply(c, from, to) {
    const t = c.tokens;
    const n = to - from;
    if (n < 2) return false;
    const last = t[to - 1];
    const headAt = ROMAN.test(last.text) || countryByName.has(last.key) ? to - 2 : to - 1;
    if (!eventHeads.has(t[headAt].lower) || titleHeads.has(t[from].lower)) return false;
    c.push('event', from, to, true, this.id);
    // a leading acronym or organization inside the event is its own mention ("FIFA", "Google")
    const hit = countryAt(t, from, to);
    if (!(hit && hit.to < to) && ((t[from].allCaps && t[from].text.length <= 6) || organizationNames.has(t[from].lower))) c.push('organization', from, from + 1, true, this.id);
    // "the Chile Open Championship": the country opening a tournament's or holiday's name names the series
    const opening = c.rules.on(SIDE_RULES.eventSeries) ? countryAt(t, from, to) : undefined;
    c.nestedCountries(opening && !opening.demonym ? opening.to : from, to);
    return true;
  },
};
