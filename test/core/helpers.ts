import { analyze, Analysis, Entity, EntityKind } from '../../src/core';

/** The entities of one kind, by canonical name. */
export function named(a: Analysis, kind: EntityKind): string[] {
  return a.entities.filter((e) => e.kind === kind).map((e) => e.name);
}

export function entity(a: Analysis, kind: EntityKind, name: string): Entity | undefined {
  return a.entities.find((e) => e.kind === kind && e.name === name);
}

/** Mention texts of every entity of a kind. */
export function mentions(a: Analysis, kind: EntityKind): string[] {
  return a.entities.filter((e) => e.kind === kind).flatMap((e) => e.mentions.map((m) => m.text));
}

export { analyze };

/** A small RFC 4180 reader, to check CSV output the way a spreadsheet reads it. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
