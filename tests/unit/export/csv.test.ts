import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvColumns, exportCsv } from '../../../core/export/csv.ts';
import { entityName, hostileHighlight, sampleHighlights } from './fixtures.ts';
import { awkwardText, highlightsArbitrary } from './highlight-arbitrary.ts';

/** An RFC 4180 reader, strict about what the writer must produce, for checking it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new Error('unterminated quoted field');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      const stop = end === -1 ? text.length : i + end;
      field = text.slice(i, stop);
      if (/["\r\n]/.test(field))
        throw new Error(`unquoted field holds a quote or line break: ${JSON.stringify(field)}`);
      i = stop;
    }
    row.push(field);
    if (text.startsWith(',', i)) i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected character at ${i}`);
  }
  if (row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

describe('exportCsv', () => {
  const csv = exportCsv(sampleHighlights, { entityName });

  it('starts with a byte-order mark and a header, and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFcreated,modified,site,url,title,quote,note,tags,entities,id\r\n')).toBe(
      true,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes one row per highlight in page then position order', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows.slice(1).map((row) => row[9])).toEqual([
      '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
    ]);
    expect(rows[1]).toEqual([
      '2026-11-20T09:10:00.000Z',
      '2026-11-20T09:10:00.000Z',
      'news.example.org',
      'https://news.example.org/2019/11/senkata',
      'What happened at Senkata',
      'Morales resigned',
      '',
      '',
      'Evo Morales; unknown-entity',
      '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    ]);
  });

  it('quotes a hostile row and guards a formula in it', () => {
    const formulaNote = {
      ...hostileHighlight,
      body: { ...hostileHighlight.body, note: '=IMPORTXML("http://evil.example")' },
    };
    const text = exportCsv([hostileHighlight, formulaNote], { entityName });
    expect(text).toContain('"> Decree 4078\n=SUM(A1)\n- exempted *the armed forces*"');
    const [, row, guarded] = readCsv(text.slice(1));
    expect(row?.[5]).toBe('> Decree 4078\n=SUM(A1)\n- exempted *the armed forces*');
    expect(row?.[6]).toBe('<script>alert("x")</script>\n# not a heading, "quoted", with, commas');
    expect(row?.[7]).toBe('decree 4078; law/bolivia; 2019');
    expect(guarded?.[6]).toBe('\'=IMPORTXML("http://evil.example")');
  });
});

describe('csvCell', () => {
  it('doubles quotes and quotes fields with commas, quotes or line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell('')).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rcarriage', `"'\rcarriage"`],
    ['a=b', 'a=b'],
  ])('guards %j against formula injection', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('reads back as the guarded value, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(awkwardText(10), { minLength: 1, maxLength: 5 }), (values) => {
        const rows = readCsv(`${values.map(csvCell).join(',')}\r\n`);
        expect(rows).toEqual([values.map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value))]);
      }),
    );
  });

  it('every export reads back with one row per highlight and ten fields each', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(highlightsArbitrary(), (highlights) => {
        const rows = readCsv(exportCsv(highlights, { entityName }).slice(1));
        expect(rows).toHaveLength(highlights.length + 1);
        for (const row of rows) expect(row).toHaveLength(csvColumns.length);
      }),
      { numRuns: 30 },
    );
  });
});
