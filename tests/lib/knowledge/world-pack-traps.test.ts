/**
 * Names that are also words, on the world pack (issue 14): the pack the build generates, from the
 * committed curated files, recognized together with the bundled article pack as a page has them.
 * Each case holds in German and in English where the trap exists in both.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/analyze-text';
import { createRecognizer, type Recognizer } from '../../../lib/analysis/create-recognizer';
import { compilePack } from '../../../lib/knowledge/compile-pack';
import { generateWorldPack } from '../../../scripts/knowledge-world/generate-world-pack';
import { BUNDLED_PACK } from '../bundled-pack';

let recognizer: Recognizer;

beforeAll(async () => {
  const world = await generateWorldPack();
  if (!world.ok) throw new Error(world.problems.join('\n'));
  recognizer = createRecognizer([compilePack(BUNDLED_PACK), compilePack(world.pack)]);
});

/** The mentions of `text` as [words, entity id], on a page of `language` dated 2025-06-01. */
function mentionsIn(text: string, language: 'de' | 'en'): [string, string][] {
  const analysis = analyzeText(text, recognizer, {
    metadata: { title: 'Test', language, publishedAt: '2025-06-01' },
    language,
    today: '2026-12-02',
  });
  return analysis.mentions.map((mention) => [
    text.slice(mention.start, mention.end),
    mention.entityId,
  ]);
}

describe('ordinary words in lower case are no names', () => {
  test.each([
    ['en', 'We ate turkey at Thanksgiving, on fine china, with a guinea pig watching.'],
    ['de', 'Seine linke Hand zitterte, das grüne Licht leuchtete.'],
    ['en', 'The labour market is tight, and the union called a strike.'],
  ] as const)('%s: %s', (language, text) => {
    expect(mentionsIn(text, language)).toEqual([]);
  });

  test('the same words capitalized, where they are names', () => {
    expect(mentionsIn('Turkey and China signed; Guinea watched.', 'en')).toEqual([
      ['Turkey', 'turkey'],
      ['China', 'china'],
      ['Guinea', 'guinea'],
    ]);
    expect(mentionsIn('Die Türkei und China verhandeln, Guinea schaut zu.', 'de')).toEqual([
      ['Türkei', 'turkey'],
      ['China', 'china'],
      ['Guinea', 'guinea'],
    ]);
  });
});

describe('parties whose names are words', () => {
  test('"Linke" and "Grüne" capitalized are the parties, in lower case words', () => {
    expect(mentionsIn('Linke und Grüne stimmten dagegen.', 'de')).toEqual([
      ['Linke', 'die-linke'],
      ['Grüne', 'greens-germany'],
    ]);
    expect(
      mentionsIn('Die Linke stimmte dagegen, die Grünen dafür; die linke Mehrheit fehlte.', 'de'),
    ).toEqual([
      ['Die Linke', 'die-linke'],
      ['Grünen', 'greens-germany'],
    ]);
  });

  test('"Union" is CDU/CSU only where the page names CDU/CSU', () => {
    expect(mentionsIn('Die Union legte zu. Eine Union der Arbeiter entstand.', 'de')).toEqual([]);
    expect(
      mentionsIn(
        'Die CDU/CSU legte zu. Die Union will regieren. Die Europäische Union tagt.',
        'de',
      ),
    ).toEqual([
      ['CDU/CSU', 'cdu-csu'],
      ['Union', 'cdu-csu'],
      ['Europäische Union', 'european-union'],
    ]);
  });

  test('"Labour" capitalized is the party, in lower case the word', () => {
    expect(mentionsIn('Labour won the vote, though labour costs rose.', 'en')).toEqual([
      ['Labour', 'labour-party-uk'],
    ]);
  });
});

describe('institutions named by ordinary nouns are not marked alone', () => {
  test.each([
    [
      'de',
      'Der Rat tagte, die Kommission prüfte, das Parlament stimmte ab, der Kongress vertagte sich.',
    ],
    [
      'en',
      'The council met, the commission checked, the parliament voted, the party congress opened.',
    ],
  ] as const)('%s', (language, text) => {
    expect(mentionsIn(text, language)).toEqual([]);
  });

  test('their full names are', () => {
    expect(mentionsIn('Die Europäische Kommission und das Europäische Parlament.', 'de')).toEqual([
      ['Europäische Kommission', 'european-commission'],
      ['Europäische Parlament', 'european-parliament'],
    ]);
  });
});

describe('state names that other names are made of too', () => {
  test.each([
    ['en', 'Chad Smith played the drums, and Michael Jordan scored.'],
    ['de', 'Chad Smith spielte Schlagzeug, und Michael Jordan traf.'],
    ['en', 'The shores of Lake Chad shrank; the Niger River and the Niger Delta flooded.'],
  ] as const)('%s: a person’s or a river’s name is no state: %s', (language, text) => {
    expect(mentionsIn(text, language)).toEqual([]);
  });

  test('the states themselves, and their titles after them', () => {
    expect(mentionsIn('Chad and Jordan signed; Niger abstained.', 'en')).toEqual([
      ['Chad', 'chad'],
      ['Jordan', 'jordan'],
      ['Niger', 'niger'],
    ]);
    expect(mentionsIn('Chad President Déby met Jordan’s King Abdullah.', 'en')).toEqual([
      ['Chad', 'chad'],
      ['Jordan’s', 'jordan'],
    ]);
    // German writes "Niger" for the state, and capitalizes every noun: it stays the state there.
    expect(
      mentionsIn('Tschad und Jordanien stimmten zu, dass Niger Truppen schickt.', 'de'),
    ).toEqual([
      ['Tschad', 'chad'],
      ['Jordanien', 'jordan'],
      ['Niger', 'niger'],
    ]);
  });

  test('a state inside another state’s name is that other state', () => {
    expect(
      mentionsIn('Guinea-Bissau, Equatorial Guinea, Papua New Guinea, Nigeria and Somalia.', 'en'),
    ).toEqual([
      ['Guinea-Bissau', 'guinea-bissau'],
      ['Equatorial Guinea', 'equatorial-guinea'],
      ['Papua New Guinea', 'papua-new-guinea'],
      ['Nigeria', 'nigeria'],
      ['Somalia', 'somalia'],
    ]);
    expect(
      mentionsIn('Guinea-Bissau, Äquatorialguinea, Papua-Neuguinea, Nigeria und Somalia.', 'de'),
    ).toEqual([
      ['Guinea-Bissau', 'guinea-bissau'],
      ['Äquatorialguinea', 'equatorial-guinea'],
      ['Papua-Neuguinea', 'papua-new-guinea'],
      ['Nigeria', 'nigeria'],
      ['Somalia', 'somalia'],
    ]);
  });

  test('Mali, Togo and Nauru are the states, as their adjectives are', () => {
    expect(
      mentionsIn('Mali, Togo and Nauru voted; Malian, Togolese and Nauruan envoys spoke.', 'en'),
    ).toEqual([
      ['Mali', 'mali'],
      ['Togo', 'togo'],
      ['Nauru', 'nauru'],
      ['Malian', 'mali'],
      ['Togolese', 'togo'],
      ['Nauruan', 'nauru'],
    ]);
    // German adjectives are mentions too, drawn only where the reader turns them on.
    expect(
      mentionsIn(
        'Mali, Togo und Nauru stimmten zu; malische und togoische Gesandte sprachen.',
        'de',
      ),
    ).toEqual([
      ['Mali', 'mali'],
      ['Togo', 'togo'],
      ['Nauru', 'nauru'],
      ['malische', 'mali'],
      ['togoische', 'togo'],
    ]);
  });
});

describe('abbreviations inside other words', () => {
  test('"US" in "US-Dollar" and "US dollar" is the currency, not the state', () => {
    expect(
      mentionsIn('Der Kurs des US-Dollars stieg; die USA und die US-Regierung schwiegen.', 'de'),
    ).toEqual([
      ['USA', 'usa'],
      ['US', 'usa'],
    ]);
    expect(
      mentionsIn('The US dollar and the U.S. dollar rose; the US said nothing.', 'en'),
    ).toEqual([['US', 'usa']]);
  });

  test('"USS Cole" is a ship, no genitive of "US"', () => {
    expect(mentionsIn('The USS Cole was attacked; the US responded.', 'en')).toEqual([
      ['US', 'usa'],
    ]);
    expect(mentionsIn('Die USS Cole wurde angegriffen, die USA reagierten.', 'de')).toEqual([
      ['USA', 'usa'],
    ]);
  });

  test('"AP" and "AFP" only as words of their own', () => {
    const text = 'AFPs and APs, the APEC and the AP style: AFP and AP reported.';
    const found = mentionsIn(text, 'en').map(([words]) => words);
    expect(found).not.toContain('AFPs');
    expect(found.filter((words) => words === 'AP')).toHaveLength(2);
    expect(found.filter((words) => words === 'AFP')).toHaveLength(1);
    // German: the agencies, and APEC as the forum it is; no agency inside "KAPO" or "AFPler".
    expect(
      mentionsIn('AFP und AP meldeten, die APEC tagte, KAPO und AFPler schwiegen.', 'de'),
    ).toEqual([
      ['AFP', 'afp'],
      ['AP', 'associated-press'],
      ['APEC', 'apec'],
    ]);
  });

  test('"WHO" is the organization, "Who" the word', () => {
    expect(mentionsIn('Who said so? The WHO did.', 'en')).toEqual([
      ['WHO', 'world-health-organization'],
    ]);
  });
});

describe('states named by their adjective', () => {
  /** The adjective mentions of `text`, as [words, entity id]. */
  function adjectivesIn(text: string, language: 'de' | 'en'): [string, string][] {
    const analysis = analyzeText(text, recognizer, {
      metadata: { title: 'Test', language, publishedAt: '2025-06-01' },
      language,
      today: '2026-12-02',
    });
    return analysis.mentions
      .filter((mention) => mention.kind === 'adjective')
      .map((mention) => [text.slice(mention.start, mention.end), mention.entityId]);
  }

  test('German adjectives with their endings, English ones as written', () => {
    expect(
      adjectivesIn(
        'Russische Truppen und der russischen Armee, dem französischen Botschafter.',
        'de',
      ),
    ).toEqual([
      ['Russische', 'russia'],
      ['russischen', 'russia'],
      ['französischen', 'france'],
    ]);
    expect(adjectivesIn('Russian troops met French and German officials.', 'en')).toEqual([
      ['Russian', 'russia'],
      ['French', 'france'],
      ['German', 'germany'],
    ]);
  });

  test('an adjective two states share names both, and is uncertain', () => {
    const analysis = analyzeText('Die kongolesische Regierung.', recognizer, {
      metadata: { title: 'Test', language: 'de', publishedAt: '2025-06-01' },
      language: 'de',
      today: '2026-12-02',
    });
    expect(analysis.mentions).toHaveLength(1);
    expect(analysis.mentions[0]!.alternatives).toHaveLength(1);
    expect(analysis.mentions[0]!.confidence).toBeLessThan(0.5);
  });
});

describe('Georgia in English', () => {
  test('a US page’s Georgia is no mention of the country', () => {
    expect(mentionsIn('In Atlanta, Georgia, voters lined up.', 'en')).toEqual([]);
  });

  test('German pages name the country Georgien', () => {
    expect(mentionsIn('Georgien wählt ein neues Parlament.', 'de')).toEqual([
      ['Georgien', 'georgia'],
    ]);
  });
});
