/**
 * Large synthetic knowledge packs for benchmarks: German- and English-like names, in the real
 * format (they pass `checkPack`), with about five aliases an entity. Deterministic: the same seed
 * gives the same pack.
 */
import type { Alias, Entity, EntityType, KnowledgePack } from './pack-types';

/** A small, fast, seedable random source (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN_NAMES = [
  'Anna',
  'Bernd',
  'Clara',
  'Dieter',
  'Elke',
  'Frank',
  'Greta',
  'Helmut',
  'Ilse',
  'Jürgen',
  'Karin',
  'Lutz',
  'Marta',
  'Norbert',
  'Olga',
  'Peter',
  'Rita',
  'Sven',
  'Ute',
  'Volker',
  'Alice',
  'Brian',
  'Chloe',
  'David',
  'Emily',
  'George',
  'Hannah',
  'Isaac',
  'Julia',
  'Kevin',
  'Laura',
  'Michael',
  'Nora',
  'Oliver',
  'Paula',
  'Quentin',
  'Rachel',
  'Samuel',
  'Tessa',
  'Victor',
];

const SYLLABLES = [
  'bach',
  'berg',
  'mann',
  'hof',
  'stein',
  'ler',
  'ner',
  'wald',
  'feld',
  'hau',
  'sen',
  'ke',
  'ro',
  'li',
  'ma',
  'ta',
  'schu',
  'ber',
  'son',
  'ton',
  'ley',
  'ford',
  'wood',
  'ham',
  'ell',
  'ard',
  'mer',
  'lin',
  'gar',
  'vik',
  'dor',
  'ska',
  'nov',
  'ev',
  'ic',
  'ova',
  'mü',
  'lö',
  'grä',
];

const ORGANIZATION_PATTERNS: [de: string, en: string][] = [
  ['{X}-Institut', '{X} Institute'],
  ['Bundesamt für {X}', 'Federal Office of {X}'],
  ['{X} Gruppe', '{X} Group'],
  ['Stiftung {X}', '{X} Foundation'],
];

const STATE_PATTERNS: [de: string, en: string][] = [
  ['Republik {X}', 'Republic of {X}'],
  ['{X}land', '{X}land'],
  ['Königreich {X}', 'Kingdom of {X}'],
];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function alias(text: string, kind: Alias['kind'], extra: Partial<Alias> = {}): Alias {
  return { text, kind, ...extra };
}

export interface SyntheticPackOptions {
  entities: number;
  seed?: number;
}

/**
 * A pack of `entities` entities (persons 60 %, organizations 25 %, states 15 %) whose alias texts
 * are all different, so none needs marking as shared.
 */
export function generateSyntheticPack({
  entities: count,
  seed = 1,
}: SyntheticPackOptions): KnowledgePack {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const used = new Set<string>();

  /** A made-up word of two to four syllables that no alias of the pack has used yet. */
  const freshWord = (): string => {
    for (;;) {
      const syllables = 2 + Math.floor(random() * 3);
      let word = '';
      for (let index = 0; index < syllables; index += 1) word += pick(SYLLABLES);
      word = capitalize(word);
      if (!used.has(word)) return word;
    }
  };

  const claim = (texts: string[]): boolean => {
    if (texts.some((text) => used.has(text))) return false;
    for (const text of texts) used.add(text);
    return true;
  };

  const entities: Entity[] = [];
  while (entities.length < count) {
    const index = entities.length;
    const roll = random();
    const type: EntityType = roll < 0.6 ? 'person' : roll < 0.85 ? 'organization' : 'state';
    const core = freshWord();
    let de: Alias[];
    let en: Alias[];
    let names: { de: string; en: string };
    if (type === 'person') {
      const given = pick(GIVEN_NAMES);
      const full = `${given} ${core}`;
      const initial = `${given.charAt(0)}. ${core}`;
      const epithetDe = `${capitalize(pick(SYLLABLES))}-Sprecher ${core}`;
      if (!claim([full, core, initial, epithetDe, `Minister ${core}`])) continue;
      names = { de: full, en: full };
      de = [
        alias(full, 'full'),
        alias(initial, 'full'),
        alias(core, 'short'),
        alias(epithetDe, 'epithet'),
      ];
      en = [alias(full, 'full'), alias(`Minister ${core}`, 'epithet')];
    } else {
      const [patternDe, patternEn] = pick(
        type === 'organization' ? ORGANIZATION_PATTERNS : STATE_PATTERNS,
      );
      const nameDe = patternDe.replace('{X}', core);
      const nameEn = patternEn.replace('{X}', core);
      const acronym = `${core.slice(0, 3).toUpperCase()}${String.fromCharCode(65 + (index % 26))}`;
      const texts = [...new Set([nameDe, nameEn, core, acronym])];
      if (!claim(texts)) continue;
      names = { de: nameDe, en: nameEn };
      de = [
        alias(nameDe, 'full'),
        alias(core, 'short', { standalone: true }),
        alias(acronym, 'short'),
      ];
      en = nameEn === nameDe ? [alias(acronym, 'short')] : [alias(nameEn, 'full')];
    }
    entities.push({
      id: `synthetic-${index}`,
      type,
      names,
      aliases: { de, en },
      roles: [],
      description: {
        de: `Erfundener Eintrag Nr. ${index} für Messungen.`,
        en: `Made-up entry no. ${index} for benchmarks.`,
      },
    } as Entity);
  }

  return {
    format: 1,
    id: `synthetic-${count}`,
    title: { de: `Synthetisches Paket (${count})`, en: `Synthetic pack (${count})` },
    description: { de: 'Erfundene Namen für Messungen.', en: 'Made-up names for benchmarks.' },
    languages: ['de', 'en'],
    version: '1.0.0',
    asOf: '2025-01-01',
    sources: [],
    entities,
    statements: [],
    events: [],
  } as KnowledgePack;
}

/** The number of alias texts of a pack, irregular forms included. */
export function countAliases(pack: KnowledgePack): number {
  let total = 0;
  for (const entity of pack.entities) {
    for (const list of Object.values(entity.aliases)) {
      for (const entry of list ?? []) total += 1 + (entry.forms?.length ?? 0);
    }
  }
  return total;
}
