/** The speaker rules, in order of precedence: the finder tries the rules that have a `find` in
 *  this order and keeps the first attribution one returns. The rules without one decide who a
 *  clause's subject is (a pronoun, a description, an appositive, a participle's subject); a clause
 *  rule that finds its speaker through one of them records that rule's id instead of its own. */
import { RuleInfo, ruleTable } from '../rules';
import { Attribution } from './context';
import { ClauseFinder, QuotePlace } from './clauses';

/** What a rule sees of the quote being attributed. */
export interface SpeakerInput {
  place: QuotePlace;
  /** The quote's first token. */
  first: number;
  /** The attribution of the quote just before, if it is close and nobody else is named between. */
  previous: Attribution | undefined;
  /** The quote just before and its attribution, whoever is named between. */
  before: { attribution: Attribution; end: number } | undefined;
}

export interface SpeakerRule extends RuleInfo {
  find?: (clauses: ClauseFinder, input: SpeakerInput) => Attribution | undefined;
}

export const speakerRules: SpeakerRule[] = ruleTable('speakers', [
  {
    id: 'speaker.dash-byline',
    description: 'a person named after a dash that follows the quote, on the same line',
    example: '"Nobody reads the fine print." - Dana Ortiz',
    find: (c, i) => c.dashByline(i.place.q),
  },
  {
    id: 'speaker.dash-byline-line',
    description: 'a person named after a dash that opens the line after the quote\'s paragraph',
    example: '"Nobody reads the fine print."\n\n- Dana Ortiz, at the hearing.',
    find: (c, i) => c.dashByline(i.place.q, true),
  },
  {
    id: 'speaker.introduced',
    description: 'a reporting clause before a quote that a colon or "that" introduces',
    example: 'Raj Patel said that "the vote was never close."',
    find: (c, i) => (i.place.introduced ? c.clauseBefore(i.place) : undefined),
  },
  {
    id: 'speaker.colon-subject',
    description: 'with no reporting verb before a colon, the person before it who is no preposition\'s object',
    example: 'Dana Ortiz was blunt about the budget: "We are out of money."',
    find: (c, i) => c.personBeforeColon(i.place),
  },
  {
    id: 'speaker.passive-agent',
    description: 'a quote after a passive judging verb ("was called", "has been described as") is the words of the person named after "by"',
    example: 'The tactic was called "quiet sabotage" by Lena Brook, a professor at Harbor College.',
    find: (c, i) => c.fragments.passiveAgent(i.place),
  },
  {
    id: 'speaker.possessive-statement',
    description: 'a quote right after a statement noun a person owns ("Vance\'s warning of", "Ortiz\'s remarks about") is that person\'s',
    example: 'The council heard Omar Vance\'s warning of "a long winter ahead" before the vote.',
    find: (c, i) => c.fragments.possessiveStatement(i.place),
  },
  {
    id: 'speaker.clause-after',
    description: 'a reporting clause after the quote, in its sentence: "…," Ortiz said / said Ortiz',
    example: '"The bridge will open in May," Dana Ortiz said.',
    find: (c, i) => c.clauseAfter(i.place),
  },
  {
    id: 'speaker.clause-before',
    description: 'a reporting clause before the quote, in its sentence: Ortiz said, "…"',
    example: 'Dana Ortiz told the council, "The bridge will open in May."',
    find: (c, i) => c.clauseBefore(i.place),
  },
  {
    id: 'speaker.unlisted-verb',
    description: 'a quote closed by a comma, "!" or "?" followed by a word and a name, or a name and a word, whatever the verb',
    example: '"We did it!" hollered Ann Cole of Springfield.',
    find: (c, i) => c.unlistedVerb(i.place),
  },
  {
    id: 'speaker.sentence-subject',
    description: 'a partial quote inside the writer\'s sentence with no reporting clause: the sentence\'s subject',
    example: 'Dana Ortiz pressed the mayor on his "plan to close the station by spring" at the hearing.',
    find: (c, i) => c.sentenceSubject(i.place),
  },
  {
    id: 'speaker.closing-clause',
    description: 'a partial quote in a long sentence that a reporting clause after a comma closes ("…, Ann Cole said"): that clause\'s speaker',
    example: 'Potholes are "a menace to every cyclist in the valley" and a drain on the budget that the council keeps ignoring year after year, Ann Cole said.',
    find: (c, i) => c.fragments.closingClause(i.place),
  },
  {
    id: 'speaker.same-paragraph',
    description: 'a quote with no attribution of its own, right after the sentence that holds the quote before, continues that quote\'s speaker',
    example: '"It works," said Dana Ortiz, who once worked for Lee Park. "It has always worked."',
    find: (c, i) => {
      const b = i.before;
      if (!b || !(b.attribution.entity || b.attribution.description) || !c.previousQuoteJustBefore(i.first, b.end)) return undefined;
      return { entity: b.attribution.entity, description: b.attribution.description, verb: b.attribution.verb };
    },
  },
  {
    id: 'speaker.lead-in',
    description: 'a quote standing alone after a sentence with a reporting verb: that verb\'s subject',
    example: 'Raj Patel said the plan would fail.\n\n"Nobody has done the sums."',
    find: (c, i) => c.fromPreviousSentence(i.first, true),
  },
  {
    id: 'speaker.lead-in-subject',
    description: 'a quote paragraph after a sentence that ends with a colon or a paragraph of its own: that sentence\'s subject',
    example: 'Dana Ortiz laid out her case at length.\n\n"The numbers do not add up."',
    find: (c, i) => c.fromPreviousSentence(i.first, false),
  },
  {
    id: 'speaker.continuation',
    description: 'a quote with no attribution of its own continues the speaker of the quote just before',
    example: '"We are ready," Dana Ortiz said. "We have been ready for weeks."',
    find: (_c, i) => (i.previous ? { entity: i.previous.entity, description: i.previous.description, verb: i.previous.verb } : undefined),
  },
  {
    id: 'speaker.lead-in-same-paragraph',
    description: 'a quote that is a whole sentence by itself, with no attribution, after a sentence of its paragraph whose subject is a person: that person',
    example: 'Dana Ortiz has run the ferry for a decade. "Nobody else wanted the job."',
    find: (c, i) => c.fromPreviousSentence(i.first, false, true),
  },
  {
    id: 'speaker.titled-after-question',
    description: 'after a quote that ends in "?" or "!", a title before the name and a verb after it still attribute: "…?" Mayor Ann Cole asked',
    example: '"Who pays for the pier?" Mayor Ann Cole asked.',
  },
  {
    id: 'speaker.possessive-noun',
    description: 'a verb form in -s after a possessive ("Ortiz\'s remarks", "the mayor\'s claims") is a noun, no reporting verb',
    example: 'Dana Ortiz spoke first. The councillor said Ortiz\'s remarks "have done real harm to the town."',
  },
  {
    id: 'speaker.embedded-description',
    description: 'a described subject of a clause that a named person\'s reporting verb introduces gives way to that person',
    example: 'Dana Ortiz said harbour officials were calling "every single hour" last week.',
  },
  {
    id: 'speaker.subordinate-after',
    description: 'after a quote, a reporting verb behind "after", "when", "because"… belongs to another clause and names no speaker',
    example: 'Mayor Lena Brook praised her budget director as a "very careful steward" on Tuesday, a day after the aide was charged with fraud.',
  },
  {
    id: 'speaker.that-clause',
    description: 'the words after "said that" open the reported clause: no inverted speaker stands there',
    example: 'Ivo Brandt, when asked about the plan, responded that the governor "has the right idea, but the wrong tools."',
  },
  {
    id: 'speaker.reported-by',
    description: 'a reporting clause followed by ", according to Y" gives Y, who reports the words',
    example: '"The pier is closed," Dana Ortiz said, according to the Harbour Herald.',
  },
  {
    id: 'speaker.inverted-after-comma',
    description: 'in ", said X" after a quote, a name before the comma that a lower-case word governs is no subject: X speaks',
    example: '"It looks unlikely" that Lee can catch Kim Soto, said Ana Lima, a pollster.',
  },
  {
    id: 'speaker.described-inverted',
    description: 'after a quote that hands on, an article, an adjective, a name and a word: "…," an angry Ann Cole hit back',
    example: '"We will rebuild," an angry Ann Cole hit back.',
  },
  {
    id: 'speaker.according-to',
    description: '"according to X" near the quote gives the speaker X',
    example: '"The deal is off," according to Raj Patel.',
  },
  {
    id: 'speaker.participle-subject',
    description: 'a participle after a comma or a linking word (", saying", "before insisting", "while adding") takes the subject of its main clause',
    example: 'Ortiz urged voters to back Lee, saying, "He will fix the roads."',
  },
  {
    id: 'speaker.participle-object',
    description: 'a participle with no comma after a preposition\'s or verb\'s object, or after an institution, takes the subject of its clause',
    example: 'Ann Cole answered the question on the Harbour Board website writing, "We will not close the pier."',
  },
  {
    id: 'speaker.shared-subject',
    description: 'a reporting verb after "but" or "and" with no subject of its own shares the subject of the clause before',
    example: 'Dana Ortiz backed fellow councillor Lee Park, but now said Park had "lost the plot."',
  },
  {
    id: 'speaker.appositive',
    description: 'the person before an appositive or relative clause that ends at the verb, or that a description stands in apposition to',
    example: 'Dana Ortiz, an aide who worked on Senator Kim\'s campaign, said, "It was chaos."',
  },
  {
    id: 'speaker.descriptor-name',
    description: 'after an inverted verb, the person a descriptor leads to rather than the descriptor',
    example: '"It is settled," said party boss Tom Reyes.',
  },
  {
    id: 'speaker.verb-object',
    description: 'a name right after a mid-sentence verb is its object: after the reporting verb it is no inverted subject ("said X" stands after a quote, a comma or at a sentence\'s start), before it a subject further back wins',
    example: 'Dana Ortiz called the Harbour Union "a partner we can trust."',
  },
  {
    id: 'speaker.title-object',
    description: 'a name whose title follows a preposition or a verb ("to Attorney General Ann Cole") is that word\'s object, no subject',
    example: 'Raj Patel mailed his notes to Deputy Mayor Ann Cole describing the audit as "a mess from start to finish."',
  },
  {
    id: 'speaker.organization-subject',
    description: 'an organization followed by its verb is the subject of its sentence, for partial quotes and participles',
    example: 'The Harbour Board released a statement, calling the plan "a step backwards for the valley."',
  },
  {
    id: 'speaker.pronoun',
    description: '"he"/"she" as the subject stands for the last person named outside the quote',
    example: 'Dana Ortiz arrived late.\n"We are here to help," she said.',
  },
  {
    id: 'speaker.pronoun-subject',
    description: 'a pronoun stands for the person who is the subject of its own sentence before the last person named',
    example: 'Ortiz spokesman Tom Reyes said Ortiz had been "right about the ferry from the start," he said.',
  },
  {
    id: 'speaker.pronoun-previous-subject',
    description: 'a pronoun stands for the person who is the subject of the sentence before the quote, over a person merely named later',
    example: 'Raj Patel said the vote would go to Dana Ortiz.\n\n"It is hers to lose," he said.',
  },
  {
    id: 'speaker.pronoun-chain',
    description: 'a pronoun whose sentence before has a pronoun subject stands for that pronoun\'s person, a few sentences back at most',
    example: 'Raj Patel thanked the crew.\nLater he met with Casey Okafor.\n\n"We will sail at dawn," he said.',
  },
  {
    id: 'speaker.pronoun-salience',
    description: 'a name that owns a noun or follows "of", after another person in its sentence, is no new focus for a pronoun',
    example: 'Raj Patel, a longtime aide of Casey Okafor, toured the pier.\n"We start on Monday," he said.',
  },
  {
    id: 'speaker.pronoun-gender',
    description: 'a pronoun skips a person the article gives the other gender (Mr./Ms., the pronouns after the name)',
    example: 'Ms. Ortiz hired Raj Patel last spring. "Our team is finally complete," she said.',
  },
  {
    id: 'speaker.pronoun-gender-reach',
    description: 'a pronoun that finds nobody of its gender, or of no known gender, among the last four people named looks four more back',
    example: 'Raj Patel opened the pier. Dana Ortiz, Ana Lima, Nina Okafor and Lena Brook cut the ribbon.\n"It took nine years," he said.',
  },
  {
    id: 'speaker.first-name-gender',
    description: 'a first name the name lists give one gender only is a vote for that person\'s gender, which a pronoun then follows',
    example: 'Tomas Brandt thanked Nina Okafor for the report. "It was long overdue," she said.',
  },
  {
    id: 'speaker.description-role',
    description: '"the senator", "the spokeswoman": the one person the article has given that role word before ("Senator Ann Cole", "Cole, a spokeswoman for…")',
    example: 'Senator Ann Cole toured the harbour on Monday.\n"The pier must stay open," the senator said.',
  },
  {
    id: 'speaker.description',
    description: 'a job noun as the subject ("a spokesman", "the official"): a speaker described, not named',
    example: '"It is over," a spokesman said.',
  },
]);
