/** The analysis result shared by the editor layer, the CLI and the exports. Offsets are UTF-16
 *  code units into the text, the numbers VS Code's `document.positionAt` takes. */
export type EntityKind = 'person' | 'country' | 'organization' | 'event';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'country', 'organization', 'event'];

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  /** The text of the mention as the article spells it. */
  text: string;
  /** The id of the rule that found the mention and decided its kind (see src/core/rules.ts). */
  rule?: string;
}

export interface Entity {
  /** Stable within one text: kind plus a key ("person:john-kerry", "country:USA"). */
  id: string;
  kind: EntityKind;
  /** Canonical name: the fullest form the article uses, or the common English name of a country. */
  name: string;
  /** Mentions in text order, never overlapping one another. */
  mentions: Mention[];
  /** The distinct spellings seen ("John Kerry", "Kerry", "Mr. Kerry"). */
  aliases: string[];
}

export interface Quote extends Span {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Where the quoted words start and end, inside the marks. */
  contentStart: number;
  contentEnd: number;
  /** Canonical name of the speaking entity, or null. */
  speaker: string | null;
  speakerId: string | null;
  /** When the speaker is only described ("the official", "a spokesman"). */
  speakerDescription?: string;
  /** The words the attribution rests on ("Kerry", "he", "the official"). */
  speakerMention?: Span;
  /** The reporting verb ("said", "told reporters", "according to"). */
  verb?: string;
  /** True for a fragment quoted inside the writer's own sentence. */
  partial: boolean;
  /** The id of the rule that found the speaker or the description, or null when none did. */
  speakerRule?: string | null;
}

/** Quotation marks that do not quote a speaker: titles and scare quotes. */
export interface MarkedPhrase extends Span {
  text: string;
  reason: 'title' | 'scare';
}

export interface Analysis {
  entities: Entity[];
  quotes: Quote[];
  scareQuotes: MarkedPhrase[];
}
