import { csvFileName, escapeCsvCell, toCsv } from './csv.js';

describe('escapeCsvCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+31 35 123', "'+31 35 123"],
    ['-10', "'-10"],
    ['@gemeente', "'@gemeente"],
    ['\tverborgen', "'\tverborgen"],
    ['\rterug', '"\'\rterug"'],
    ['=1;2', `"'=1;2"`],
    ['Hilversum', 'Hilversum'],
    ['<5', '<5'],
    ['31,7', '31,7'],
    ['a;b', '"a;b"'],
    ['zeg "ja"', '"zeg ""ja"""'],
    ['regel\nnieuw', '"regel\nnieuw"'],
  ])('writes %j as %j', (cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });

  it('writes numbers with a decimal comma and leaves negative numbers alone', () => {
    expect(escapeCsvCell(31.7)).toBe('31,7');
    expect(escapeCsvCell(-2.5)).toBe('-2,5');
  });

  it('writes an empty cell for null', () => {
    expect(escapeCsvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(
      toCsv({
        header: ['Gemeente', 'Aantal'],
        rows: [
          ['Hilversum', '12'],
          ["'s-Graveland", '<5'],
        ],
      }),
    ).toBe("\uFEFFGemeente;Aantal\r\nHilversum;12\r\n's-Graveland;<5\r\n");
  });
});

describe('csvFileName', () => {
  it('makes a plain file name', () => {
    expect(csvFileName('Beschut werk – Súdwest-Fryslân 2025')).toBe(
      'beschut-werk-sudwest-fryslan-2025.csv',
    );
  });
});
