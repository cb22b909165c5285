/**
 * The pack's `languages` against what it holds. Texts need each of Kontext's languages anyway
 * (the schema asks for them, as the popup and the cards show them); what the schema cannot know is
 * which languages a pack claims, so names and quote translations are checked against those here.
 */
import { formatJsonPath, type PackProblem } from './pack-problem';
import type { KnowledgePack } from './pack-types';

/**
 * Finds languages listed twice, entities with no names in one of the pack's languages (they could
 * never be found on such a page), and quotes without a translation into each pack language.
 */
export function findLanguageProblems(pack: KnowledgePack): PackProblem[] {
  const problems: PackProblem[] = [];
  const languages: string[] = [...new Set(pack.languages)];
  const listed = languages.join(', ');

  const seen = new Set<string>();
  pack.languages.forEach((language, index) => {
    if (seen.has(language)) {
      problems.push({
        path: formatJsonPath(['languages', index]),
        message: `"${language}" is listed twice`,
      });
    }
    seen.add(language);
  });

  pack.entities.forEach((entity, e) => {
    for (const language of languages) {
      if ((entity.aliases[language as keyof typeof entity.aliases] ?? []).length > 0) continue;
      problems.push({
        path: formatJsonPath(['entities', e, 'aliases']),
        message: `has no names in "${language}", one of the pack's languages (${listed}), so Kontext could never find "${entity.id}" on a page in that language`,
      });
    }
    for (const language of Object.keys(entity.aliases)) {
      if (languages.includes(language)) continue;
      problems.push({
        path: formatJsonPath(['entities', e, 'aliases', language]),
        message: `"${language}" is not one of the pack's languages (${listed}); add it to "languages" or remove these names`,
      });
    }
  });

  pack.statements.forEach((statement, s) => {
    if (statement.kind !== 'quote') return;
    const { language: original, translation = {} } = statement.quote;
    for (const language of languages) {
      if (language === original || language in translation) continue;
      problems.push({
        path: formatJsonPath(['statements', s, 'quote', 'translation']),
        message: `has no "${language}" translation; a quote in "${original}" needs one into each of the pack's other languages (${listed})`,
      });
    }
  });
  return problems;
}
