/**
 * The world pack's people (issue 15), as the build generates them from the committed curated
 * files: the facts the issue names, each exactly, and epithets that name whoever held the office
 * on the article's date.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/analyze-text';
import { createRecognizer, type Recognizer } from '../../../lib/analysis/create-recognizer';
import { compilePack } from '../../../lib/knowledge/compile-pack';
import { UNCERTAIN_BELOW } from '../../../lib/matching/resolve-mentions';
import type { KnowledgePack } from '../../../lib/knowledge/pack-types';
import { generateWorldPack } from '../../../scripts/knowledge-world/generate-world-pack';
import { BUNDLED_PACK } from '../bundled-pack';

let world: KnowledgePack;
let recognizer: Recognizer;

beforeAll(async () => {
  const built = await generateWorldPack();
  if (!built.ok) throw new Error(built.problems.join('\n'));
  world = built.pack;
  recognizer = createRecognizer([compilePack(BUNDLED_PACK), compilePack(world)]);
});

/** The roles of `id` in `of` titled `title` (German), as [from, to]. */
function termsOf(
  id: string,
  of: string,
  title: string,
): [string | undefined, string | undefined][] {
  const person = world.entities.find((entity) => entity.id === id);
  expect(person, id).toBeDefined();
  return (person!.roles ?? [])
    .filter((role) => role.of === of && role.title.de === title)
    .map((role) => [role.from, role.to]);
}

describe('the facts of issue 15', () => {
  test.each([
    ['friedrich-merz', 'germany', 'Bundeskanzler', [['2025-05-06', undefined]]],
    ['olaf-scholz', 'germany', 'Bundeskanzler', [['2021-12-08', '2025-05-06']]],
    ['angela-merkel', 'germany', 'Bundeskanzlerin', [['2005-11-22', '2021-12-08']]],
    [
      'annalena-baerbock',
      'germany',
      'Bundesministerin des Auswärtigen',
      [['2021-12-08', '2025-05-06']],
    ],
    ['johann-wadephul', 'germany', 'Bundesminister des Auswärtigen', [['2025-05-06', undefined]]],
    [
      'keir-starmer',
      'united-kingdom',
      'Premierminister des Vereinigten Königreichs',
      [['2024-07-05', undefined]],
    ],
    [
      'rishi-sunak',
      'united-kingdom',
      'Premierminister des Vereinigten Königreichs',
      [['2022-10-25', '2024-07-05']],
    ],
    [
      'donald-trump',
      'united-states',
      'Präsident der Vereinigten Staaten',
      [
        ['2017-01-20', '2021-01-20'],
        ['2025-01-20', undefined],
      ],
    ],
    [
      'antony-blinken',
      'united-states',
      'Außenminister der Vereinigten Staaten',
      [['2021-01-26', '2025-01-20']],
    ],
    ['volodymyr-zelensky', 'ukraine', 'Präsident der Ukraine', [['2019-05-20', undefined]]],
    [
      'antonio-guterres',
      'united-nations',
      'Generalsekretär der Vereinten Nationen',
      [['2017-01-01', undefined]],
    ],
    ['mark-rutte', 'nato', 'Generalsekretär der NATO', [['2024-10-01', undefined]]],
    ['jens-stoltenberg', 'nato', 'Generalsekretär der NATO', [['2014-10-01', '2024-10-01']]],
    [
      'ursula-von-der-leyen',
      'european-commission',
      'Präsidentin der Europäischen Kommission',
      [['2019-12-01', undefined]],
    ],
  ] as const)('%s in %s: %s, %j', (id, of, title, terms) => {
    expect(termsOf(id, of, title)).toEqual(terms);
  });

  test.each([
    ['andrei-belousov', 'russia', 'Verteidigungsminister Russlands', [['2024-05-14', undefined]]],
    ['sergei-lavrov', 'russia', 'Außenminister Russlands', [['2004-03-09', undefined]]],
  ] as const)('%s in %s: %s, %j', (id, of, title, terms) => {
    expect(termsOf(id, of, title)).toEqual(terms);
  });

  test('Sergei Shoigu (the article pack’s): defence minister 2012-11-06 to 2024-05-12, then the Security Council’s secretary', () => {
    const shoigu = BUNDLED_PACK.entities.find((entity) => entity.id === 'sergei-shoigu')!;
    expect(shoigu.roles!.map((role) => [role.title.en, role.from, role.to])).toEqual([
      ['Minister of Defence of Russia', '2012-11-06', '2024-05-12'],
      ['Secretary of the Security Council of Russia', '2024-05-12', undefined],
    ]);
    // The world pack leaves him to the article pack, which has no Wikidata id to join them by.
    expect(world.entities.some((entity) => entity.id === 'sergei-shoigu')).toBe(false);
  });

  test('"der russische Verteidigungsminister": Shoigu until 2024-05-12, Belousov from 2024-05-14', () => {
    const text = 'Der russische Verteidigungsminister sprach.';
    expect(mentionsOn('2023-06-01', text, 'de')).toEqual([
      ['russische Verteidigungsminister', 'sergei-shoigu'],
    ]);
    expect(mentionsOn('2025-06-01', text, 'de')).toEqual([
      ['russische Verteidigungsminister', 'andrei-belousov'],
    ]);
  });

  test('Joe Biden: Vice President 2009-01-20 to 2017-01-20, President 2021-01-20 to 2025-01-20', () => {
    const biden = world.entities.find((entity) => entity.id === 'joe-biden')!;
    expect(biden.roles!.map((role) => [role.title.en, role.from, role.to])).toEqual([
      ['Vice President of the United States', '2009-01-20', '2017-01-20'],
      ['President of the United States', '2021-01-20', '2025-01-20'],
    ]);
  });

  test('every role names its source, a Wikipedia article or the IfG database the pack lists', () => {
    const sources = new Map(world.sources.map((source) => [source.id, source]));
    const roles = world.entities
      .filter((entity) => entity.type === 'person')
      .flatMap((entity) => entity.roles ?? []);
    expect(roles.length).toBeGreaterThanOrEqual(60);
    for (const role of roles) {
      const source = 'source' in role.provenance ? sources.get(role.provenance.source) : undefined;
      expect(source?.url).toMatch(
        /^https:\/\/((de|en)\.wikipedia\.org\/wiki\/|www\.instituteforgovernment\.org\.uk\/ministers-database$)/,
      );
    }
  });

  test('UK ministers since 2010, as the IfG database has them: the Home Secretaries', () => {
    const holders = world.entities
      .filter((entity) => entity.type === 'person')
      .flatMap((entity) =>
        (entity.roles ?? [])
          .filter((role) => role.title.en === 'Home Secretary of the United Kingdom')
          .map((role) => [role.from, role.to, entity.id]),
      )
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    expect(holders).toEqual([
      ['2010-05-12', '2016-07-13', 'theresa-may'],
      ['2016-07-13', '2018-04-29', 'amber-rudd'],
      ['2018-04-30', '2019-07-24', 'sajid-javid'],
      ['2019-07-24', '2022-09-06', 'priti-patel'],
      ['2022-09-06', '2022-10-19', 'suella-braverman'],
      ['2022-10-19', '2022-10-25', 'grant-shapps'],
      ['2022-10-25', '2023-11-13', 'suella-braverman'],
      ['2023-11-13', '2024-07-05', 'james-cleverly'],
      ['2024-07-05', '2025-09-05', 'yvette-cooper'],
      ['2025-09-05', undefined, 'shabana-mahmood'],
    ]);
  });
});

/** The analysis of `text` on a page of `language` dated `date`. */
function analyzeOn(date: string, text: string, language: 'de' | 'en') {
  return analyzeText(text, recognizer, {
    metadata: { title: 'Test', language, publishedAt: date },
    language,
    today: '2026-12-02',
  });
}

/** The mentions of `text` on a page of `language` dated `date`, as [words, entity id]. */
function mentionsOn(date: string, text: string, language: 'de' | 'en'): [string, string][] {
  return analyzeOn(date, text, language).mentions.map((mention) => [
    text.slice(mention.start, mention.end),
    mention.entityId,
  ]);
}

describe('epithets name whoever held the office on the article’s date', () => {
  test.each([
    ['2019-06-01', 'donald-trump'],
    ['2023-06-01', 'joe-biden'],
    ['2025-06-01', 'donald-trump'],
  ])('"US-Präsident" and "US President" on %s', (date, id) => {
    expect(mentionsOn(date, 'Der US-Präsident reiste ab.', 'de')).toEqual([['US-Präsident', id]]);
    expect(mentionsOn(date, 'The US President left.', 'en')).toEqual([['US President', id]]);
  });

  test('"Bundeskanzlerin" in 2019, "Bundeskanzler" in 2023 and in June 2025', () => {
    expect(mentionsOn('2019-06-01', 'Die Bundeskanzlerin sprach.', 'de')).toEqual([
      ['Bundeskanzlerin', 'angela-merkel'],
    ]);
    // No Bundeskanzler in 2019: the word names no one then.
    expect(mentionsOn('2019-06-01', 'Ein Bundeskanzler sprach.', 'de')).toEqual([]);
    expect(mentionsOn('2023-06-01', 'Der Bundeskanzler sprach.', 'de')).toEqual([
      ['Bundeskanzler', 'olaf-scholz'],
    ]);
    expect(mentionsOn('2025-06-01', 'Der Bundeskanzler sprach.', 'de')).toEqual([
      ['Bundeskanzler', 'friedrich-merz'],
    ]);
  });

  test('"British Prime Minister" in 2016, 2020, 2023 and 2025', () => {
    const at = (date: string) => mentionsOn(date, 'The British Prime Minister spoke.', 'en');
    expect(at('2016-01-10')).toEqual([['British Prime Minister', 'david-cameron']]);
    expect(at('2020-01-10')).toEqual([['British Prime Minister', 'boris-johnson']]);
    expect(at('2023-01-10')).toEqual([['British Prime Minister', 'rishi-sunak']]);
    expect(at('2025-01-10')).toEqual([['British Prime Minister', 'keir-starmer']]);
  });

  test('names and their short forms, in German and English spellings', () => {
    expect(
      mentionsOn(
        '2023-03-01',
        'Wolodymyr Selenskyj traf Olaf Scholz. Selenskyj dankte Scholz.',
        'de',
      ),
    ).toEqual([
      ['Wolodymyr Selenskyj', 'volodymyr-zelensky'],
      ['Olaf Scholz', 'olaf-scholz'],
      ['Selenskyj', 'volodymyr-zelensky'],
      ['Scholz', 'olaf-scholz'],
    ]);
    expect(mentionsOn('2023-03-01', 'Zelenskyy met Biden; Zelensky thanked him.', 'en')).toEqual([
      ['Zelenskyy', 'volodymyr-zelensky'],
      ['Biden', 'joe-biden'],
      ['Zelensky', 'volodymyr-zelensky'],
    ]);
  });
});

describe('epithets and titles next to names (issue 16)', () => {
  test('"former", "ehemalige", "Ex-", "then-": the office of another date names no one', () => {
    expect(mentionsOn('2023-06-01', 'Der frühere US-Präsident sprach.', 'de')).toEqual([]);
    expect(mentionsOn('2023-06-01', 'Die Ex-Bundeskanzlerin schwieg.', 'de')).toEqual([]);
    expect(mentionsOn('2023-06-01', 'Der damalige Bundeskanzler reiste.', 'de')).toEqual([]);
    expect(mentionsOn('2023-06-01', 'The former US President spoke.', 'en')).toEqual([]);
    expect(mentionsOn('2023-06-01', 'The then-US President spoke.', 'en')).toEqual([]);
    // Without a qualifier, the holder of the date.
    expect(mentionsOn('2023-06-01', 'Der US-Präsident sprach.', 'de')).toEqual([
      ['US-Präsident', 'joe-biden'],
    ]);
  });

  test('an epithet right before someone else’s name is that name’s, not the holder’s', () => {
    // In 2023 the US President is Biden; "US-Präsident Donald Trump" speaks of Trump.
    expect(
      mentionsOn('2023-06-01', 'Ein Bild von US-Präsident Donald Trump hing dort.', 'de'),
    ).toEqual([['Donald Trump', 'donald-trump']]);
    // A name the packs do not know: the epithet is not Biden's either.
    expect(mentionsOn('2023-06-01', 'US President Boris Yeltsin came.', 'en')).toEqual([]);
    expect(mentionsOn('2023-06-01', 'Damals sprach Bundeskanzler Kohl.', 'de')).toEqual([]);
    // The holder's own name: an apposition, both linked.
    expect(mentionsOn('2023-06-01', 'Der US-Präsident Joe Biden sprach.', 'de')).toEqual([
      ['US-Präsident', 'joe-biden'],
      ['Joe Biden', 'joe-biden'],
    ]);
  });

  test('a title before a name is one mention with it', () => {
    expect(mentionsOn('2023-06-01', 'Kanzler Scholz traf Präsident Biden.', 'de')).toEqual([
      ['Kanzler Scholz', 'olaf-scholz'],
      ['Präsident Biden', 'joe-biden'],
    ]);
    expect(mentionsOn('2023-06-01', 'Außenministerin Baerbock reiste.', 'de')).toEqual([
      ['Außenministerin Baerbock', 'annalena-baerbock'],
    ]);
    // "Blinken" stands alone only where the page names him in full (it is a German word).
    const blinken = 'Antony Blinken flew in. Secretary Blinken met Mr Biden.';
    expect(mentionsOn('2023-06-01', blinken, 'en')).toEqual([
      ['Antony Blinken', 'antony-blinken'],
      ['Secretary Blinken', 'antony-blinken'],
      ['Mr Biden', 'joe-biden'],
    ]);
    expect(mentionsOn('2025-01-10', 'Prime Minister Keir Starmer spoke.', 'en')).toEqual([
      ['Prime Minister Keir Starmer', 'keir-starmer'],
    ]);
    // In 2026 "Kanzler" alone is Merz; before Scholz's name it is part of Scholz's mention.
    expect(mentionsOn('2026-01-10', 'Kanzler Scholz hatte gewarnt.', 'de')).toEqual([
      ['Kanzler Scholz', 'olaf-scholz'],
    ]);
  });
});

describe('bare titles, shared surnames and honorifics (issue 16)', () => {
  test('a bare title names the holder of the date whom the page names in full, and no one else', () => {
    expect(
      mentionsOn('2023-06-01', 'Annalena Baerbock reiste ab. Die Außenministerin sprach.', 'de'),
    ).toEqual([
      ['Annalena Baerbock', 'annalena-baerbock'],
      ['Außenministerin', 'annalena-baerbock'],
    ]);
    // Without her name on the page, "die Außenministerin" could be any state's.
    expect(mentionsOn('2023-06-01', 'Die Außenministerin sprach.', 'de')).toEqual([]);
    // Baerbock no longer holds the office in 2026: the title names no one.
    expect(
      mentionsOn('2026-01-10', 'Annalena Baerbock reiste ab. Die Außenministerin sprach.', 'de'),
    ).toEqual([['Annalena Baerbock', 'annalena-baerbock']]);
    expect(
      mentionsOn('2017-05-10', 'Philip Hammond spoke. The Chancellor left early.', 'en'),
    ).toEqual([
      ['Philip Hammond', 'philip-hammond'],
      ['Chancellor', 'philip-hammond'],
    ]);
  });

  test('a bare title after a qualifier, or in the English plural, names no one', () => {
    const page = 'Theresa May spoke. The former prime minister and two foreign ministers listened.';
    expect(mentionsOn('2019-01-10', page, 'en')).toEqual([['Theresa May', 'theresa-may']]);
    expect(
      mentionsOn('2019-01-10', 'Theresa May spoke. The deputy prime minister listened.', 'en'),
    ).toEqual([['Theresa May', 'theresa-may']]);
  });

  test('the president of a page is the one it names most near the words, short forms included', () => {
    const page =
      'Joe Biden met Volodymyr Zelensky in Kyiv. Back home, Mr. Biden spoke to Congress, and the president asked for aid.';
    expect(mentionsOn('2024-03-08', page, 'en')).toEqual([
      ['Joe Biden', 'joe-biden'],
      ['Volodymyr Zelensky', 'volodymyr-zelensky'],
      ['Kyiv', 'kyiv'],
      ['Mr. Biden', 'joe-biden'],
      ['president', 'joe-biden'],
    ]);
  });

  test('"Mr.", "Mrs." and "Dr." with a full stop are one mention with the name', () => {
    expect(mentionsOn('2024-03-08', 'Joe Biden spoke. Later Mr. Biden left.', 'en')).toEqual([
      ['Joe Biden', 'joe-biden'],
      ['Mr. Biden', 'joe-biden'],
    ]);
  });

  test('"former" before a title keeps the title out of the name’s mention', () => {
    expect(mentionsOn('2024-03-08', 'As former President Donald Trump said.', 'en')).toEqual([
      ['Donald Trump', 'donald-trump'],
    ]);
    expect(mentionsOn('2024-03-08', 'With Speaker Mike Johnson behind him.', 'en')).toEqual([
      ['Speaker Mike Johnson', 'mike-johnson'],
    ]);
  });

  test('"Johnson" is the Johnson the page names: Boris in a British page of 2020, Mike in an American one of 2024', () => {
    expect(
      mentionsOn('2020-02-01', 'Boris Johnson won the vote. Johnson thanked his party.', 'en'),
    ).toEqual([
      ['Boris Johnson', 'boris-johnson'],
      ['Johnson', 'boris-johnson'],
    ]);
    expect(
      mentionsOn('2024-03-08', 'Mike Johnson held the vote. Mr. Johnson said no.', 'en'),
    ).toEqual([
      ['Mike Johnson', 'mike-johnson'],
      ['Mr. Johnson', 'mike-johnson'],
    ]);
    // Named by no one in full, the shared surname is linked to no one.
    expect(mentionsOn('2024-03-08', 'Johnson said no.', 'en')).toEqual([]);
  });

  test('"Merz\'" and "Sánchez\'": the German possessive apostrophe is part of the mention', () => {
    expect(mentionsOn('2025-06-01', 'Friedrich Merz sprach. Merz’ Regierung hält.', 'de')).toEqual([
      ['Friedrich Merz', 'friedrich-merz'],
      ['Merz’', 'friedrich-merz'],
    ]);
  });

  test('"Washington" is the capital, but not in "George Washington"', () => {
    expect(mentionsOn('2024-03-08', 'Washington warned Moscow.', 'en')).toEqual([
      ['Washington', 'washington-dc'],
      ['Moscow', 'moscow'],
    ]);
    expect(mentionsOn('2024-03-08', 'A statue of George Washington stands there.', 'en')).toEqual(
      [],
    );
  });
});

describe('names several entities share, and words around titles that name no one (issue 16)', () => {
  test('a name two states’ bodies share is the one of the state the page is about', () => {
    const berlin = 'Olaf Scholz und die SPD regieren in Berlin. Der Bundesrat stimmt zu.';
    expect(mentionsOn('2023-06-01', berlin, 'de')).toEqual([
      ['Olaf Scholz', 'olaf-scholz'],
      ['SPD', 'spd'],
      ['Berlin', 'berlin'],
      ['Bundesrat', 'bundesrat-germany'],
    ]);
    const vienna = 'Sebastian Kurz und die ÖVP regieren in Wien. Der Bundesrat stimmt zu.';
    expect(mentionsOn('2019-01-10', vienna, 'de').at(-1)).toEqual([
      'Bundesrat',
      'bundesrat-austria',
    ]);
    const english = 'Olaf Scholz said the Bundesrat would vote in Berlin.';
    expect(mentionsOn('2023-06-01', english, 'en')).toContainEqual([
      'Bundesrat',
      'bundesrat-germany',
    ]);
  });

  test('"Die Grünen" and "Grünen" after it are the party of the page’s state, and certain so', () => {
    const text =
      'Olaf Scholz und die SPD loben die Einigung. Die Grünen zögern, die Grünen-Basis murrt.';
    const greens = analyzeOn('2023-06-01', text, 'de').mentions.filter(({ start, end }) =>
      text.slice(start, end).endsWith('Grünen'),
    );
    expect(greens.map((mention) => mention.entityId)).toEqual(['greens-germany', 'greens-germany']);
    expect(greens[0]!.confidence).toBeGreaterThanOrEqual(UNCERTAIN_BELOW);
  });

  test('a comma parts a list: "CDU, CSU und SPD" are three parties, "CDU/CSU" one', () => {
    expect(mentionsOn('2019-01-10', 'Die Koalition aus CDU, CSU und SPD hält.', 'de')).toEqual([
      ['CDU', 'cdu'],
      ['CSU', 'csu'],
      ['SPD', 'spd'],
    ]);
    expect(mentionsOn('2019-01-10', 'Die CDU/CSU-Fraktion stimmt zu.', 'de')[0]).toEqual([
      'CDU/CSU-Fraktion',
      'cdu-csu',
    ]);
  });

  test('an indefinite article before a bare title: anyone who holds it, no one in particular', () => {
    expect(
      mentionsOn(
        '2019-09-01',
        'Boris Johnson spoke. A prime minister with no majority cannot lead.',
        'en',
      ),
    ).toEqual([['Boris Johnson', 'boris-johnson']]);
    expect(
      mentionsOn('2019-09-01', 'Boris Johnson spoke. The prime minister left early.', 'en'),
    ).toEqual([
      ['Boris Johnson', 'boris-johnson'],
      ['prime minister', 'boris-johnson'],
    ]);
    expect(
      mentionsOn(
        '2023-06-01',
        'Annalena Baerbock reiste ab. Eine Außenministerin muss reisen.',
        'de',
      ),
    ).toEqual([['Annalena Baerbock', 'annalena-baerbock']]);
    // With a name after it the title is that name's: "unter einem Präsidenten Biden".
    expect(
      mentionsOn(
        '2021-03-01',
        'Joe Biden regiert. Unter einem Präsidenten Biden wird es anders.',
        'de',
      ),
    ).toContainEqual(['Präsidenten Biden', 'joe-biden']);
  });

  test('a predicate, an ordinal, another’s possessive: the title names no holder of the date', () => {
    const page =
      'Ben Wallace spoke. Penny Mordaunt, who had been defence secretary, left. Theresa May was the 76th prime minister.';
    expect(mentionsOn('2019-07-25', page, 'en')).toEqual([
      ['Ben Wallace', 'ben-wallace'],
      ['Penny Mordaunt', 'penny-mordaunt'],
      ['Theresa May', 'theresa-may'],
    ]);
    expect(
      mentionsOn(
        '2021-12-08',
        'Christian Lindner joined. Olaf Scholz was Merkel’s finance minister.',
        'en',
      ),
    ).toEqual([
      ['Christian Lindner', 'christian-lindner'],
      ['Olaf Scholz', 'olaf-scholz'],
      ['Merkel’s', 'angela-merkel'],
    ]);
    expect(
      mentionsOn('2020-11-08', 'Donald Trump verlor. Joe Biden wird der 46. Präsident.', 'de'),
    ).toEqual([
      ['Donald Trump', 'donald-trump'],
      ['Joe Biden', 'joe-biden'],
    ]);
    // A year at a sentence's end is no ordinal of the name after it.
    expect(
      mentionsOn('2023-09-14', 'Wladimir Putin kam. So endete 2023. Putin reiste ab.', 'de'),
    ).toEqual([
      ['Wladimir Putin', 'vladimir-putin'],
      ['Putin', 'vladimir-putin'],
    ]);
  });

  test('a title in the name of something else: "Prime Minister’s Questions", "Chancellor of the Duchy"', () => {
    const page =
      'Boris Johnson and Sajid Javid met. Johnson faced Prime Minister’s Questions; the new Chancellor of the Duchy of Lancaster sat behind.';
    expect(mentionsOn('2019-07-25', page, 'en')).toEqual([
      ['Boris Johnson', 'boris-johnson'],
      ['Sajid Javid', 'sajid-javid'],
      ['Johnson', 'boris-johnson'],
    ]);
  });

  test('"die Außenminister" are several; "die Außenministerin" is one', () => {
    expect(
      mentionsOn(
        '2023-06-01',
        'Annalena Baerbock lud ein. Die Außenminister beider Länder kamen.',
        'de',
      ),
    ).toEqual([['Annalena Baerbock', 'annalena-baerbock']]);
    expect(
      mentionsOn('2023-06-01', 'Annalena Baerbock lud ein. Die Außenministerin kam.', 'de'),
    ).toEqual([
      ['Annalena Baerbock', 'annalena-baerbock'],
      ['Außenministerin', 'annalena-baerbock'],
    ]);
  });

  test('a surname that is a word, first in a sentence before an article or a preposition, is the word', () => {
    const page =
      'Stephan Weil mahnt. Weil die Kommunen planen müssen, eilt es. Weil sagte das gestern.';
    expect(mentionsOn('2023-06-01', page, 'de')).toEqual([
      ['Stephan Weil', 'stephan-weil'],
      ['Weil', 'stephan-weil'],
    ]);
    const kurz = 'Sebastian Kurz reist an. Kurz vor dem Gipfel: Kurz will reden.';
    expect(mentionsOn('2018-09-12', kurz, 'de')).toEqual([
      ['Sebastian Kurz', 'sebastian-kurz'],
      ['Kurz', 'sebastian-kurz'],
    ]);
  });

  test('a name after a naming ("namens", "called") is someone else’s', () => {
    expect(
      mentionsOn('2023-06-01', 'Wladimir Putin schwieg. Der Kater eines Lesers heißt Putin.', 'de'),
    ).toEqual([['Wladimir Putin', 'vladimir-putin']]);
    expect(
      mentionsOn('2023-06-01', 'Vladimir Putin was silent. A reader has a cat called Putin.', 'en'),
    ).toEqual([['Vladimir Putin', 'vladimir-putin']]);
  });

  test('"Regierungschef" with the state is that state’s head of government', () => {
    const page =
      'Italiens Regierungschefin Giorgia Meloni und der polnische Regierungschef Donald Tusk kamen.';
    expect(mentionsOn('2025-06-01', page, 'de')).toEqual([
      ['Italiens Regierungschefin', 'giorgia-meloni'],
      ['Giorgia Meloni', 'giorgia-meloni'],
      ['polnische Regierungschef', 'donald-tusk'],
      ['Donald Tusk', 'donald-tusk'],
    ]);
  });
});
