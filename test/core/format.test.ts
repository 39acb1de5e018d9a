/** The output formats shared by the CLI and the editor: JSON records, quote rows, CSV, Markdown. */
import * as assert from 'node:assert/strict';
import { analyze, Analysis, Entity, Quote, QUOTE_CSV_HEADER, QuoteRow, quoteRows, quotesToCsv, quotesToMarkdown, speakerLabel, toRecord } from '../../src/core';
import { parseCsv } from './helpers';

/** A hand-made analysis of `text`: entities at the first occurrence of each name, quotes by their content. */
function fixture(text: string, names: [Entity['kind'], string][], quotes: (Partial<Quote> & { content: string })[]): Analysis {
  const entities: Entity[] = names.map(([kind, name]) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, `fixture: ${name} not in text`);
    return { id: `${kind}:${name.toLowerCase().replace(/ /g, '-')}`, kind, name, mentions: [{ start, end: start + name.length, text: name }], aliases: [name] };
  });
  return {
    entities,
    quotes: quotes.map(({ content, ...q }) => {
      const contentStart = text.indexOf(content);
      assert.ok(contentStart >= 0, `fixture: ${content} not in text`);
      const contentEnd = contentStart + content.length;
      return { start: contentStart - 1, end: contentEnd + 1, contentStart, contentEnd, text: content, speaker: null, speakerId: null, partial: false, ...q };
    }),
    scareQuotes: [],
  };
}


const TEXT = [
  'Kerry in Geneva',
  '',
  'John Kerry met Sergey Lavrov. "We made progress, and we will go on," Kerry said.',
  '',
  '"He said ""no"", twice," said Lavrov.',
  'The spokesman added: "Line one',
  'line two, with a comma."',
].join('\n');

function sample(): Analysis {
  return fixture(TEXT, [['person', 'John Kerry'], ['person', 'Sergey Lavrov']], [
    { content: 'We made progress, and we will go on,', speaker: 'John Kerry', speakerId: 'person:john-kerry', verb: 'said' },
    { content: 'He said ""no"", twice,', speaker: 'Sergey Lavrov', speakerId: 'person:sergey-lavrov', verb: 'said' },
    { content: 'Line one\nline two, with a comma.', speakerDescription: 'The spokesman', verb: 'added', partial: true },
  ]);
}

describe('format: toRecord', () => {
  it('has the shape news-lens annotate prints and score.mjs reads', () => {
    const a = sample();
    const r = toRecord('articles/a.txt', a);
    assert.equal(r.file, 'articles/a.txt');
    assert.deepEqual(Object.keys(r).slice(0, 3), ['file', 'entities', 'quotes']);
    assert.equal(r.entities.length, 2);
    for (const [i, e] of r.entities.entries()) {
      assert.deepEqual({ id: e.id, kind: e.kind, name: e.name }, { id: a.entities[i].id, kind: a.entities[i].kind, name: a.entities[i].name });
      assert.deepEqual(e.mentions, a.entities[i].mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })));
      for (const m of e.mentions) assert.deepEqual(Object.keys(m), ['start', 'end', 'text']);
    }
    assert.equal(r.quotes.length, 3);
    for (const [i, q] of r.quotes.entries()) {
      const src = a.quotes[i];
      assert.deepEqual({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerId: q.speakerId }, { start: src.start, end: src.end, text: src.text, speaker: src.speaker, speakerId: src.speakerId });
    }
    assert.equal(r.quotes[2].speaker, null);
    assert.equal(r.quotes[2].speakerId, null);
  });

  it('survives JSON: the record is plain data', () => {
    const r = toRecord('x.txt', sample());
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
  });

  it('an empty analysis gives empty lists', () => {
    const r = toRecord('empty.txt', analyze(''));
    assert.equal(r.file, 'empty.txt');
    assert.deepEqual(r.entities, []);
    assert.deepEqual(r.quotes, []);
  });

  it('keeps offsets and texts of a real analysis', () => {
    const text = '"We will not give up," John Kerry said.\n\nKerry sat down with Sergey Lavrov in Geneva.';
    const a = analyze(text);
    const r = toRecord('k.txt', a);
    for (const e of r.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const q of r.quotes) assert.ok(text.slice(q.start, q.end).includes(q.text));
  });
});

describe('format: quoteRows', () => {
  it('gives one-based line and column of each quote, in order', () => {
    const rows = quoteRows('a.txt', TEXT, sample());
    assert.deepEqual(rows.map((r) => [r.line, r.column]), [[3, 31], [5, 1], [6, 22]]);
    assert.deepEqual(rows.map((r) => r.file), ['a.txt', 'a.txt', 'a.txt']);
    assert.deepEqual(rows.map((r) => r.speaker), ['John Kerry', 'Sergey Lavrov', null]);
    assert.deepEqual(rows.map((r) => r.speakerDescription), [null, null, 'The spokesman']);
    assert.deepEqual(rows.map((r) => r.verb), ['said', 'said', 'added']);
    assert.deepEqual(rows.map((r) => r.partial), [false, false, true]);
    for (const r of rows) assert.equal(TEXT.slice(r.start, r.end).slice(1, -1), r.text);
  });

  it('counts CRLF and lone CR as one line break each, like VS Code', () => {
    const text = 'a\r\nb\r\n"quote," c said.\r"second" here';
    const a = fixture(text, [], [{ content: 'quote,' }, { content: 'second' }]);
    assert.deepEqual(quoteRows('c.txt', text, a).map((r) => [r.line, r.column]), [[3, 1], [4, 1]]);
  });

  it('counts columns in UTF-16 code units, as VS Code does', () => {
    const text = '😀😀 "quote"';
    const a = fixture(text, [], [{ content: 'quote' }]);
    assert.deepEqual(quoteRows('e.txt', text, a).map((r) => [r.line, r.column]), [[1, 6]]);
  });

  it('no quotes, no rows', () => {
    assert.deepEqual(quoteRows('n.txt', 'nothing quoted', analyze('nothing quoted')), []);
  });
});

describe('format: quotesToCsv', () => {
  it('starts with the header', () => {
    const csv = quotesToCsv(quoteRows('a.txt', TEXT, sample()));
    assert.equal(csv.split('\n')[0], QUOTE_CSV_HEADER.join(','));
    assert.deepEqual(QUOTE_CSV_HEADER.slice(0, 5), ['file', 'line', 'column', 'start', 'end']);
    assert.ok(QUOTE_CSV_HEADER.includes('speaker') && QUOTE_CSV_HEADER.includes('text'));
  });

  it('escapes quotes, commas and newlines so that a CSV reader gets the fields back', () => {
    const rows = quoteRows('dir, with comma/"odd".txt', TEXT, sample());
    const csv = quotesToCsv(rows);
    assert.ok(csv.endsWith('\n'));
    const parsed = parseCsv(csv);
    assert.equal(parsed.length, rows.length + 1);
    for (const line of parsed) assert.equal(line.length, QUOTE_CSV_HEADER.length);
    parsed.slice(1).forEach((cells, i) => {
      const r = rows[i];
      QUOTE_CSV_HEADER.forEach((k, c) => {
        const v = r[k as keyof QuoteRow];
        assert.equal(cells[c], v === null ? '' : String(v), `row ${i}, ${k}`);
      });
    });
    assert.equal(parsed[2][QUOTE_CSV_HEADER.indexOf('text')], 'He said ""no"", twice,');
    assert.equal(parsed[3][QUOTE_CSV_HEADER.indexOf('text')], 'Line one\nline two, with a comma.');
    assert.equal(parsed[1][0], 'dir, with comma/"odd".txt');
  });

  it('quotes a cell with a carriage return', () => {
    const text = '"one\rtwo" x';
    const csv = quotesToCsv(quoteRows('r.txt', text, fixture(text, [], [{ content: 'one\rtwo' }])));
    assert.ok(csv.includes('"one\rtwo"'));
  });

  it('leaves plain cells unquoted, null as empty', () => {
    const text = '"plain words" x';
    const csv = quotesToCsv(quoteRows('p.txt', text, fixture(text, [], [{ content: 'plain words' }])));
    assert.equal(csv.split('\n')[1], 'p.txt,1,1,0,13,,,,,false,plain words');
  });

  it('without the header: rows only', () => {
    const rows = quoteRows('a.txt', TEXT, sample());
    const csv = quotesToCsv(rows, false);
    assert.equal(parseCsv(csv).length, rows.length);
    assert.ok(!csv.startsWith('file,'));
  });

  it('no rows: the header alone', () => {
    assert.equal(quotesToCsv([]), QUOTE_CSV_HEADER.join(',') + '\n');
  });

  // quotesToCsv([], false) used to return "\n", an empty CSV record: the CLI, appending the rows of
  // files without quotes, left blank lines (fixed in 6662ee5)
  it('no rows and no header: nothing, not an empty line', () => {
    assert.equal(quotesToCsv([], false), '');
  });
});

describe('format: quotesToMarkdown', () => {
  it('lists every quote in order with speaker, line and column', () => {
    const rows = quoteRows('a.txt', TEXT, sample());
    const md = quotesToMarkdown('a.txt', rows);
    assert.ok(md.startsWith('# Quotes in a.txt\n'));
    assert.ok(md.includes('3 quotations, 3 speakers.'));
    const items = md.split('\n').filter((l) => /^\d+\. /.test(l));
    assert.equal(items.length, 3);
    assert.match(items[0], /^1\. \*\*John Kerry\*\* \(said\), line 3, column 31$/);
    assert.match(items[1], /^2\. \*\*Sergey Lavrov\*\* \(said\), line 5, column 1$/);
    assert.match(items[2], /^3\. \*\*unnamed \(The spokesman\)\*\* \(added, partial quote\), line 6, column 22$/);
    // the quoted words, as block quotes, each line of a quote on its own
    assert.ok(md.includes('   > We made progress, and we will go on,'));
    assert.ok(md.includes('   > Line one\n   > line two, with a comma.'));
    assert.ok(md.indexOf('We made progress') < md.indexOf('twice') && md.indexOf('twice') < md.indexOf('Line one'));
  });

  it('links each place when a link maker is given', () => {
    const rows = quoteRows('a.txt', TEXT, sample());
    const md = quotesToMarkdown('a.txt', rows, (r) => `file:///a.txt#L${r.line},${r.column}`);
    assert.ok(md.includes('[line 3, column 31](file:///a.txt#L3,31)'));
    assert.ok(md.includes('[line 5, column 1](file:///a.txt#L5,1)'));
    assert.ok(md.includes('[line 6, column 22](file:///a.txt#L6,22)'));
  });

  it('says so when there is no quote', () => {
    const md = quotesToMarkdown('none.txt', []);
    assert.ok(md.includes('0 quotations, 0 speakers.'));
    assert.ok(md.includes('_No quotations found._'));
  });

  it('one quote: singular words; an unattributed quote is labelled so', () => {
    const text = 'x "alone" y';
    const md = quotesToMarkdown('one.txt', quoteRows('one.txt', text, fixture(text, [], [{ content: 'alone' }])));
    assert.ok(md.includes('1 quotation, 1 speaker.'));
    assert.ok(md.includes('1. **unattributed**, line 1, column 3'));
  });

  it('speakerLabel: name, description, or unattributed', () => {
    assert.equal(speakerLabel({ speaker: 'John Kerry', speakerDescription: 'x' }), 'John Kerry');
    assert.equal(speakerLabel({ speaker: null, speakerDescription: 'a spokesman' }), 'unnamed (a spokesman)');
    assert.equal(speakerLabel({ speaker: null, speakerDescription: null }), 'unattributed');
  });

  it('works on a real analysis of a small text', () => {
    const text = 'John Kerry arrived.\n\n"We will not give up," Kerry said.\n';
    const a = analyze(text);
    const rows = quoteRows('k.txt', text, a);
    const md = quotesToMarkdown('k.txt', rows);
    assert.equal(md.split('\n').filter((l) => /^\d+\. /.test(l)).length, a.quotes.length);
    for (const q of a.quotes) assert.ok(md.includes(q.text.trim().split('\n')[0].replace(/^["“]/, '')));
  });
});
