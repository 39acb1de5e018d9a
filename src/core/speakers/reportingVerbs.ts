/** The word lists of the speaker finder: reporting verbs and describers. They start from the
 *  lexicon's speechVerbs and actorNouns, which the entity classifier shares, and add the verbs and
 *  nouns news writing uses to attribute speech that the classifier does not need. */
import { actorNouns, speechVerbs } from '../lexicon/lexicon';

/** Verbs of speech and writing, in the forms that attribute a quotation ("fumed", "chimes in"). */
export const reportingVerbs = new Set([
  ...speechVerbs,
  'fumed', 'fumes', 'joked', 'interjected', 'interjects', 'chimed', 'chimes', 'lamented', 'laments', 'bemoaned',
  'bemoans', 'pondered', 'ponders', 'emailed', 'texted', 'wrote', 'tweeting', 'posting', 'emailing',
  'beamed', 'gushed', 'raved', 'scoffed', 'sniffed', 'snapped', 'retorted', 'quipped', 'quips', 'marveled',
  'marvelled', 'mused', 'muses', 'sighed', 'laughed', 'cried', 'screamed', 'chanted', 'chanting',
  'boomed', 'thundered', 'declared', 'proclaimed', 'proclaims', 'proclaiming', 'announced', 'asserted',
  'asserts', 'asserting', 'contended', 'contends', 'contending', 'elaborated', 'elaborates', 'explained',
  'offered', 'opined', 'opines', 'ventured', 'volunteered', 'recounted',
  'relayed', 'relays', 'summarized', 'summarised', 'summed', 'charged', 'alleged', 'alleges',
  'alleging', 'speculated', 'speculates', 'surmised', 'stated', 'underscored', 'underscores', 'underlined',
  'highlighted', 'pointed', 'pointing', 'reminded', 'reminds', 'reminding', 'assured', 'assures',
  'assuring', 'informed', 'informs', 'advised', 'advises', 'cautioning', 'labeling', 'labelling', 'branded', 'branding', 'dubbing', 'deemed', 'deems', 'termed', 'terming', 'touted',
  'touts', 'touting', 'praised', 'praises', 'praising', 'slammed', 'slams', 'slamming', 'blasted', 'blasts',
  'blasting', 'criticized', 'criticised', 'criticizes', 'criticizing', 'decried', 'decries', 'decrying',
  'derided', 'derides', 'deriding', 'mocked', 'mocks', 'mocking', 'ridiculed', 'condemned', 'condemns',
  'condemning', 'denounced', 'denounces', 'denouncing', 'dismissed', 'dismisses', 'dismissing', 'hailed',
  'hailing', 'lauded', 'lauds', 'lauding', 'thanked', 'thanking', 'celebrated',
  'declaring', 'explaining', 'remarking', 'observing', 'predicting', 'suggesting', 'stressing', 'emphasizing',
  'emphasising', 'confirming', 'denying', 'conceding', 'joking', 'quipping', 'lamenting', 'complaining',
  'boasting', 'tweeted', 'wrote', 'writes', 'replied', 'answering', 'countering', 'recalling', 'testifying',
  'reasoned', 'reasoning', 'wondering', 'questioned', 'questioning', 'demanded',
  'demanding', 'implored', 'pleaded', 'pleads', 'pleading', 'begged', 'urging', 'added',
]);

/** Present participles that open an adjunct of the main clause (", saying …", ", calling it …"):
 *  the clause's subject speaks, not the person nearest the participle. */
export function isParticiple(word: string): boolean {
  return word.length > 4 && word.endsWith('ing') && reportingVerbs.has(word);
}

/** Job and role nouns that describe a speaker not named ("a spokesman", "the campaign manager"). */
export const describers = new Set([
  ...actorNouns,
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'aide', 'aides', 'strategist',
  'strategists', 'pollster', 'pollsters', 'economist', 'economists', 'professor', 'lawyer', 'lawyers',
  'attorney', 'attorneys', 'consultant', 'consultants', 'operative', 'operatives', 'staffer', 'staffers',
  'organizer', 'organizers', 'organiser', 'organisers', 'chairman', 'chairwoman', 'director', 'manager',
  'secretary', 'senator', 'governor', 'mayor', 'candidate', 'nominee', 'voter', 'voters', 'donor', 'donors',
  'delegate', 'delegates', 'lawmaker', 'legislator', 'legislators', 'leader', 'leaders', 'executive',
  'executives', 'president', 'chief', 'boss', 'founder', 'historian', 'scholar', 'scientist', 'scientists',
  'reporter', 'reporters', 'columnist', 'editor', 'writer', 'author', 'doctor', 'nurse', 'teacher',
  'student', 'students', 'officer', 'officers', 'prosecutor', 'prosecutors', 'judge', 'commentator',
  'commentators', 'observer', 'observers', 'insider', 'insiders', 'surrogate', 'surrogates', 'backer',
  'backers', 'opponent', 'opponents', 'ally', 'allies', 
]);

/** Words of a descriptor that may stand between an inverted verb and the name it describes
 *  ("said party boss Tom Reyes", "said Virginia delegate Ann Cole"). */
export const TITLE_GAP = 5;
