/** The rules that find quotations and tell them from titles and scare quotes, as named data (see
 *  ../rules.ts). The finding rules (quotes.ts) decide where a quotation starts and ends; the
 *  marked-phrase rules (markedPhrases.ts) then decide, in this order, whether the quoted words
 *  are somebody's words, a title or a scare quote: the first rule that applies decides. */
import { ruleTable } from '../rules';

export const QUOTE_RULES = ruleTable('quotes', [
  // ---- finding the marks (quotes.ts)
  {
    id: 'quote.double-marks',
    description: 'Straight or curly double marks around words are a quotation.',
    example: '"We will open the bridge in May," the mayor said.',
  },
  {
    id: 'quote.markup-attribute',
    description: 'Straight marks around the value of a markup attribute (name="value") quote nobody.',
    example: '<post author="@harbor_news" date="May 2">The ferry is late again.</post>',
  },
  {
    id: 'quote.glued-opening',
    description: 'A straight mark glued to the comma or colon that introduces a quote opens it when a capital follows.',
    example: 'Dana Ortiz said," Nobody told us about the fee."',
  },
  {
    id: 'quote.backward-closing',
    description: 'An opening curly mark glued to the end of a word, or last on its line, with a quote open, closes it (a typesetting slip).',
    example: 'The union called the offer “insulting“ on Monday.',
  },
  {
    id: 'quote.paragraph-continuation',
    description: 'A quote still open at the end of a paragraph goes on when the next paragraph opens with a mark.',
    example: '(two paragraphs) “The first year was hard. | “The second was worse,” Raj Patel said.',
  },
  {
    id: 'quote.unclosed-paragraph',
    description: 'An opening mark that is never closed ends its quote at the end of its paragraph.',
    example: '(two paragraphs) The chief said: “We start the repairs tomorrow. | The work will take a week.',
  },
  {
    id: 'quote.single-marks',
    description: 'Single marks outside double-mark quotes, within one paragraph, are a quotation.',
    example: "Ortiz called the plan 'a careful first step' on Tuesday.",
  },
  // ---- quote, title or scare quote (markedPhrases.ts)
  {
    id: 'quote.empty-span',
    description: 'Marks around no word at all quote nobody: a scare quote.',
    example: 'The sign read " " after the storm.',
  },
  {
    id: 'quote.inner-exclamation',
    description: 'Capitalised words with an exclamation or question mark inside are spoken words (a chant), not a title.',
    example: 'The fans answered with “Go Rovers! Go Rovers” until the whistle.',
  },
  {
    id: 'quote.spoken-title-case',
    description: 'Capitalised words right after a speech verb (not "told" or "wrote", whose object is an audience or a work) are what was said.',
    example: 'The marchers chanted “Clean Water Now” outside the plant.',
  },
  {
    id: 'quote.title-case',
    description: 'A span of up to twelve capitalised (or minor) words without a final stop is a title.',
    example: 'She played in “Lanterns Over Brackwater” for two seasons.',
  },
  {
    id: 'quote.full-sentence',
    description: 'More than three words, or words ending in a stop or a comma, are somebody\'s words.',
    example: 'Patel said the deal was “close but not yet signed.”',
  },
  {
    id: 'quote.reported-fragment',
    description: 'A short fragment is a quote when its sentence reports speech or names whose words they are.',
    example: 'The council blasted the “reckless” budget on Friday.',
  },
  {
    id: 'quote.scare-fragment',
    description: 'A short fragment in a sentence that reports no speech is a scare quote.',
    example: 'The “smart” kettle would not boil water.',
  },
]);
