/** The input gate: binary, too large and unreadable files, and the encoding guess. */
import * as assert from 'node:assert/strict';
import { binarySkip, checkSize, decodeArticle, decodeWindows1252, formatSize, isSkip, looksBinary, textLooksBinary, unreadableSkip, utf8Length } from '../../../src/core/reader/inputGate';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

describe('input gate', () => {
  describe('sizes', () => {
    it('writes sizes one way: KB below a megabyte, MB with one decimal above', () => {
      assert.equal(formatSize(0), '1 KB');
      assert.equal(formatSize(1536), '2 KB');
      assert.equal(formatSize(1048576), '1 MB');
      assert.equal(formatSize(5.25 * 1048576), '5.3 MB');
      assert.equal(formatSize(60 * 1048576), '60 MB');
      assert.equal(formatSize(250.4 * 1048576), '250 MB');
    });

    it('lets a file at the limit through and names the limit and how to raise it above it', () => {
      assert.equal(checkSize(5 * 1048576, 5 * 1048576, 'setting newsLens.maxFileSizeKB'), undefined);
      const skip = checkSize(6.2 * 1048576, 5 * 1048576, 'setting newsLens.maxFileSizeKB')!;
      assert.equal(skip.kind, 'tooLarge');
      assert.equal(skip.message, 'too large: 6.2 MB, the limit is 5 MB (setting newsLens.maxFileSizeKB)');
    });

    it('counts UTF-8 bytes of a text without encoding it', () => {
      for (const s of ['', 'plain', 'café', '“quoted” — 北京', 'emoji 😀 and 🇺🇸', '\ud800 lone surrogate']) {
        assert.equal(utf8Length(s), Buffer.byteLength(s, 'utf8'), JSON.stringify(s));
      }
    });
  });

  describe('binary files', () => {
    it('a NUL byte in the first 8 KB is binary; after that, or none at all, is text', () => {
      assert.ok(looksBinary(bytes(0x4a, 0x6f, 0, 1, 2)));
      assert.ok(!looksBinary(ascii('Plain words, no NUL.')));
      const late = new Uint8Array(9000).fill(0x61);
      late[8500] = 0;
      assert.ok(!looksBinary(late));
      assert.ok(textLooksBinary('PK\u0003\u0004\u0000\u0000'));
      assert.ok(!textLooksBinary('Plain words.'));
    });

    it('decodeArticle refuses a binary file with the reason', () => {
      const r = decodeArticle(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d));
      assert.ok(isSkip(r));
      assert.deepEqual(r, binarySkip());
      assert.match(r.message, /binary/);
    });

    it('an unreadable file says why', () => {
      assert.deepEqual(unreadableSkip('permission denied'), { kind: 'unreadable', message: 'cannot read: permission denied' });
    });
  });

  describe('encodings', () => {
    it('UTF-8, with and without a byte-order mark (the mark dropped)', () => {
      const text = '“We agreed,” said Mara Lind — in Zürich.';
      assert.deepEqual(decodeArticle(Uint8Array.from(Buffer.from(text))), { text, encoding: 'utf-8' });
      assert.deepEqual(decodeArticle(Uint8Array.from(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))), { text, encoding: 'utf-8' });
    });

    it('UTF-16 little- and big-endian by their byte-order marks, NUL bytes and all', () => {
      const text = '"Fine," she said. 😀\r\n';
      const le = Buffer.from(text, 'utf16le');
      assert.deepEqual(decodeArticle(Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))), { text, encoding: 'utf-16le' });
      const be = Buffer.from(le).swap16();
      assert.deepEqual(decodeArticle(Uint8Array.from(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))), { text, encoding: 'utf-16be' });
    });

    it('not valid UTF-8: Windows-1252, so curly quotes saved by a Windows tool survive', () => {
      const r = decodeArticle(ascii('\x93It will open in May,\x94 the mayor said. Price: \x80 40, caf\xe9.'));
      assert.deepEqual(r, { text: '“It will open in May,” the mayor said. Price: € 40, café.', encoding: 'windows-1252' });
    });

    it('Windows-1252 maps all of 0x80–0x9F (undefined bytes to the C1 control) and Latin-1 above', () => {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      const text = decodeWindows1252(all);
      assert.equal(text.length, 256);
      assert.equal(text[0x91] + text[0x92] + text[0x93] + text[0x94], '‘’“”');
      assert.equal(text[0x96] + text[0x97] + text[0x85], '–—…');
      assert.equal(text[0x81], '\x81');
      assert.equal(text[0xe9], 'é');
      assert.equal(text[0x41], 'A');
      // long input goes through in chunks without a stack overflow
      assert.equal(decodeWindows1252(new Uint8Array(200000).fill(0x93)).length, 200000);
    });
  });
});
