/**
 * `web-ext lint` of the Firefox build, as addons.mozilla.org would run it. Fails on any error, and
 * on any warning beyond the two that Preact's own DOM code causes (it assigns `innerHTML` when a
 * component asks for it, which Kontext never does: ESLint forbids it in our code).
 */
import { execFileSync } from 'node:child_process';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Preact's renderer: `innerHTML` on elements given `dangerouslySetInnerHTML`. */
const KNOWN_PREACT_WARNINGS = 2;

function isPreactInnerHtmlWarning(warning: LintMessage): boolean {
  return warning.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(warning.message);
}

let output: string;
try {
  output = execFileSync(
    'web-ext',
    ['lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--boring'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
} catch (error) {
  // web-ext exits non-zero when it finds errors; its report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}

const report = JSON.parse(output) as LintReport;
const describe = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`;
const preactWarnings = report.warnings.filter(isPreactInnerHtmlWarning);
const otherWarnings = report.warnings.filter((warning) => !isPreactInnerHtmlWarning(warning));

console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${preactWarnings.length} from Preact's innerHTML), ${report.notices.length} notices`,
);
const problems = [
  ...report.errors,
  ...otherWarnings,
  ...(preactWarnings.length > KNOWN_PREACT_WARNINGS ? preactWarnings : []),
];
if (problems.length > 0) {
  console.error(problems.map(describe).join('\n'));
  process.exit(1);
}
