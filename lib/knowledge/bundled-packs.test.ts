/**
 * The packs Kontext ships, tested like code: every `assets/knowledge/*.json` pack passes the
 * checker, and the data holds up on its own terms (names and descriptions in every language, no
 * dangling ids, no duplicate names). The data tests restate a few of the checker's rules in plain
 * loops on purpose, so a bug in the checker cannot wave a broken pack through.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkPack } from './check-pack';
import { LANGUAGES } from './pack-schema';
import type { KnowledgePack } from './pack-types';

const KNOWLEDGE_DIR = new URL('../../assets/knowledge/', import.meta.url);

const PACK_FILES = readdirSync(KNOWLEDGE_DIR).filter(
  (name) => name.endsWith('.json') && name !== 'pack.schema.json',
);

function readPack(fileName: string): KnowledgePack {
  return JSON.parse(readFileSync(new URL(fileName, KNOWLEDGE_DIR), 'utf8')) as KnowledgePack;
}

test('the first pack is among the bundled packs', () => {
  expect(PACK_FILES).toContain('kim-putin-2023.json');
});

describe.each(PACK_FILES)('%s', (fileName) => {
  const pack = readPack(fileName);

  test('passes checkPack with no problems', () => {
    const result = checkPack(readFileSync(new URL(fileName, KNOWLEDGE_DIR)), fileName);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test('points curators’ editors to the pack schema', () => {
    expect(pack.$schema).toBe('./pack.schema.json');
  });

  test('covers every language Kontext speaks', () => {
    expect([...pack.languages].sort()).toEqual([...LANGUAGES].sort());
  });

  test('every entity has a name, a description and aliases in every language', () => {
    for (const entity of pack.entities) {
      for (const language of LANGUAGES) {
        expect(entity.names[language].trim(), `${entity.id} ${language}`).not.toBe('');
        expect(entity.description[language].trim(), `${entity.id} ${language}`).not.toBe('');
        expect(entity.aliases[language]?.length, `${entity.id} ${language}`).toBeGreaterThan(0);
      }
    }
  });

  test('every entity is found by the name its card shows', () => {
    for (const entity of pack.entities) {
      for (const language of LANGUAGES) {
        const texts = (entity.aliases[language] ?? []).map((alias) => alias.text);
        expect(texts, `${entity.id} ${language}`).toContain(entity.names[language]);
      }
    }
  });

  test('no dangling ids', () => {
    const entityIds = new Set(pack.entities.map((entity) => entity.id));
    const eventIds = new Set(pack.events.map((event) => event.id));
    const sourceIds = new Set(pack.sources.map((source) => source.id));
    const provenances = [
      ...pack.entities.flatMap((entity) => (entity.roles ?? []).map((role) => role.provenance)),
      ...pack.statements.map((statement) => statement.provenance),
      ...pack.events.map((event) => event.provenance),
    ];
    const referencedEntities = [
      ...pack.entities.flatMap((entity) => (entity.roles ?? []).map((role) => role.of)),
      ...pack.statements.flatMap((statement) => [
        statement.subject,
        statement.object,
        ...(statement.kind === 'quote' ? [statement.quote.speaker, statement.quote.channel] : []),
      ]),
      ...pack.events.flatMap((event) => [event.place, ...(event.participants ?? [])]),
    ].filter((id) => id !== undefined);

    expect(referencedEntities.filter((id) => !entityIds.has(id))).toEqual([]);
    expect(
      pack.statements
        .flatMap((statement) => statement.event ?? [])
        .filter((id) => !eventIds.has(id)),
    ).toEqual([]);
    expect(
      provenances
        .flatMap((provenance) => ('source' in provenance ? [provenance.source] : []))
        .filter((id) => !sourceIds.has(id)),
    ).toEqual([]);
  });

  test('no duplicate ids', () => {
    for (const items of [pack.entities, pack.statements, pack.events, pack.sources]) {
      const ids = items.map((item) => item.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    }
  });

  test('no duplicate names', () => {
    for (const language of LANGUAGES) {
      const names = pack.entities.map((entity) => entity.names[language]);
      expect(
        names.filter((name, index) => names.indexOf(name) !== index),
        language,
      ).toEqual([]);

      // A name two entities carry is allowed only where both mark it shared.
      const owners = new Map<string, { id: string; shared: boolean }[]>();
      for (const entity of pack.entities) {
        const texts = new Set<string>();
        for (const alias of entity.aliases[language] ?? []) {
          expect(texts.has(alias.text), `${entity.id} lists "${alias.text}" twice`).toBe(false);
          texts.add(alias.text);
          const list = owners.get(alias.text) ?? [];
          list.push({ id: entity.id, shared: alias.shared === true });
          owners.set(alias.text, list);
        }
      }
      for (const [text, list] of owners) {
        if (list.length < 2) continue;
        expect(
          list.filter((owner) => !owner.shared),
          `"${text}" in ${language}`,
        ).toEqual([]);
      }
    }
  });
});
