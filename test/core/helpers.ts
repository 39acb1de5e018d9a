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
