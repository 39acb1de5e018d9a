/** The one check for bad input, shared by the editor, workspace mode and the CLI: a file that is
 *  binary, too large or unreadable is skipped with a reason a person can act on. It also turns an
 *  article's bytes into text the way VS Code guesses an encoding: a UTF-16 or UTF-8 byte-order
 *  mark, else UTF-8, else Windows-1252 (what Word and other Windows tools save). Pure: no Node,
 *  no VS Code, so the web extension uses it too. */

export type SkipKind = 'binary' | 'tooLarge' | 'unreadable';

export interface Skip {
  kind: SkipKind;
  /** Lower-case, without the file name: "too large: 6.2 MB, the limit is 5 MB (…)". */
  message: string;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** How far a binary file is looked into: a NUL byte in the first 8 KB means binary, as git and
 *  VS Code decide it. */
const SNIFF_BYTES = 8192;

/** One way of writing sizes everywhere: "512 KB", "5.2 MB" (binary units, as the settings are). */
export function formatSize(bytes: number): string {
  if (bytes < 1048576) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / 1048576;
  return `${mb >= 100 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
}

/** limitHint says how to raise the limit: "setting newsLens.maxFileSizeKB", "raise it with --max-size MB". */
export function checkSize(bytes: number, limitBytes: number, limitHint: string): Skip | undefined {
  if (bytes <= limitBytes) return undefined;
  return { kind: 'tooLarge', message: `too large: ${formatSize(bytes)}, the limit is ${formatSize(limitBytes)} (${limitHint})` };
}

export function binarySkip(): Skip {
  return { kind: 'binary', message: 'binary file, not a text article' };
}

export function unreadableSkip(why: string): Skip {
  return { kind: 'unreadable', message: `cannot read: ${why}` };
}

/** Whether the bytes look like a binary file: a NUL byte near the start (UTF-16 with a
 *  byte-order mark is text, and is checked before this). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/** The same check on text already decoded (an open document): VS Code shows a binary file's NULs as U+0000. */
export function textLooksBinary(text: string): boolean {
  return text.slice(0, SNIFF_BYTES).includes('\0');
}

/** The UTF-8 size of a text, counted without encoding it (for the size limit of open documents). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Windows-1252's bytes 0x80–0x9F (the rest is Latin-1); 0 marks the five undefined bytes,
 *  which decode to the C1 control of the same number as browsers do. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  // one UTF-16 code unit per byte, turned into text 8 K units at a time (no call takes millions of arguments)
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b;
  }
  const parts: string[] = [];
  for (let from = 0; from < units.length; from += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(from, from + 8192) as unknown as number[]));
  return parts.join('');
}

/** The text of an article's bytes, or why it is no article: binary. The size is checked before
 *  reading (checkSize), so a large file is never read whole. */
export function decodeArticle(bytes: Uint8Array): Decoded | Skip {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // swapped into little-endian: not every TextDecoder knows utf-16be (Node without full ICU)
    const swapped = new Uint8Array(bytes.length - 2 - (bytes.length % 2));
    for (let i = 0; i < swapped.length; i += 2) {
      swapped[i] = bytes[i + 3];
      swapped[i + 1] = bytes[i + 2];
    }
    return { text: new TextDecoder('utf-16le').decode(swapped), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) return binarySkip();
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: an 8-bit Windows file (curly quotes as 0x93/0x94), VS Code's fallback guess too
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

export function isSkip(x: Decoded | Skip): x is Skip {
  return 'kind' in x;
}
