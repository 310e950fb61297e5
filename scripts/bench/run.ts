// `pnpm bench [scenario …]`: runs the benchmarks (all by default) and writes their figures to
// docs/benchmarks.md with the machine and the date. Each scenario compares against a ceiling
// measured in the same run on the same machine, because the machines are shared and absolute
// numbers move.
import { argon2Scenario } from './scenarios/argon2.ts';
import { baselineScenario } from './scenarios/baseline.ts';
import { caseDetailScenario, hasLargeDataSet } from './scenarios/case-detail.ts';
import { lighthouseScenario } from './scenarios/lighthouse.ts';
import { noticesScenario } from './scenarios/notices.ts';
import { noticeEmailsScenario } from './scenarios/notice-emails.ts';
import { pageWeightScenario } from './scenarios/page-weight.ts';
import { signInScenario } from './scenarios/sign-in.ts';
import { staffSearchScenario } from './scenarios/staff-search.ts';

const scenarios: Record<string, () => Promise<void>> = {
  baseline: baselineScenario,
  'sign-in': signInScenario,
  argon2: argon2Scenario,
  'case-detail': caseDetailScenario,
  'staff-search': staffSearchScenario,
  notices: noticesScenario,
  'notice-emails': noticeEmailsScenario,
  'page-weight': pageWeightScenario,
  lighthouse: lighthouseScenario,
};

// Scenarios on the large generated data set run by default only when it exists.
const LARGE_DATA_SET = ['case-detail', 'staff-search'];
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names =
  wanted.length > 0
    ? wanted
    : Object.keys(scenarios).filter(
        // notice-emails fills a million parents of its own: only when asked for by name.
        (name) => name !== 'notice-emails' && (!LARGE_DATA_SET.includes(name) || hasLargeDataSet()),
      );
for (const name of names) {
  const scenario = scenarios[name];
  if (!scenario) {
    console.error(`unknown scenario ${name}; known: ${Object.keys(scenarios).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n▶ ${name}`);
  await scenario();
}
