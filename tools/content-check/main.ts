// `npm run content:check`: every language has every key of Polish (and no others), with the plural
// forms its grammar needs; every lesson of the catalogue has its words; the Polish lesson text of each
// module keeps the plain-language budgets (plain-language.ts). Exits 1 on any problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODULES } from '@/content/catalogue';
import { lessonWords, parseModule } from '@/content/schema';
import { LANGUAGES } from '@/lib/languages';
import { compareNamespace, flatten, pluralCategories } from './locale-keys';
import { LONG_WORD_SHARE_BUDGET, moduleFigures, SENTENCE_WORDS_BUDGET } from './plain-language';

const root = new URL('../../locales/', import.meta.url).pathname;
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

let problems = 0;
const report = (where: string, message: string) => {
  problems += 1;
  console.log(`  ✗ ${where}: ${message}`);
};

const namespaces = readdirSync(join(root, 'pl'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

// Polish itself: every plural needs all Polish forms.
for (const namespace of namespaces) {
  const { keys } = flatten(readJson(join(root, 'pl', `${namespace}.json`)));
  const bases = new Set(
    [...keys.keys()]
      .filter((key) => /_(one|few|many|other)$/.test(key))
      .map((key) => key.replace(/_\w+$/, '')),
  );
  for (const base of bases) {
    for (const category of pluralCategories('pl')) {
      if (!keys.has(`${base}_${category}`))
        report(`pl/${namespace}`, `${base} needs the plural form _${category}`);
    }
  }
}

// Every module's structure is valid, and every word its lessons use exists in Polish.
for (const module of MODULES) {
  try {
    parseModule(module);
  } catch (error) {
    for (const line of (error as Error).message.split('\n').slice(1))
      report(`src/content/modules/${module.id}.ts`, line);
    continue;
  }
  const path = join(root, 'pl', `${module.namespace}.json`);
  if (!existsSync(path)) {
    report(`pl/${module.namespace}`, 'the module has no locale file');
    continue;
  }
  const { keys } = flatten(readJson(path));
  for (const lesson of module.lessons) {
    for (const key of lessonWords(lesson)) {
      if (!keys.has(key)) report(`pl/${module.namespace}`, `${key} is missing (lesson ${lesson.id})`);
    }
  }
}

// Plain Polish: each module's lesson text (its namespace and the sim-* namespaces its practice steps
// use) has at most 10 % long words in its prose, and no sentence of any string has over 20 words.
for (const module of MODULES) {
  const simulationNamespaces = new Set(
    module.lessons.flatMap((lesson) =>
      lesson.steps.flatMap((step) => (step.kind === 'practice' ? [`sim-${step.simulation.kind}`] : [])),
    ),
  );
  const strings = [module.namespace, ...simulationNamespaces]
    .filter((namespace) => existsSync(join(root, 'pl', `${namespace}.json`)))
    .flatMap((namespace) =>
      [...flatten(readJson(join(root, 'pl', `${namespace}.json`))).keys.entries()].flatMap(([key, value]) => [
        [`${namespace}:${key}`, value] as [string, string],
      ]),
    );
  const { longShare, longest, overLong } = moduleFigures(strings);
  if (longShare > LONG_WORD_SHARE_BUDGET)
    report(
      `pl/${module.namespace}`,
      `${longShare} % long words (4+ syllables) in the lesson prose; the budget is ${LONG_WORD_SHARE_BUDGET} %`,
    );
  for (const sentence of overLong)
    report(
      sentence.key,
      `a sentence of ${sentence.words} words (the budget is ${SENTENCE_WORDS_BUDGET}): “${sentence.text}”`,
    );
  console.log(
    `pl/${module.namespace}: ${longShare} % long words, longest sentence ${longest?.words ?? 0} words`,
  );
}

const known = new Set<string>(LANGUAGES.map((language) => language.code));
const folders = readdirSync(root).filter((name) => name !== 'pl');
for (const language of folders) {
  if (!known.has(language))
    report(language, 'this folder is not a language of the app (src/lib/languages.ts)');
}
for (const { code } of LANGUAGES) {
  if (code === 'pl') continue;
  let languageProblems = 0;
  for (const namespace of namespaces) {
    const path = join(root, code, `${namespace}.json`);
    if (!existsSync(path)) {
      report(`${code}/${namespace}`, 'the whole file is missing');
      languageProblems += 1;
      continue;
    }
    for (const problem of compareNamespace(
      readJson(join(root, 'pl', `${namespace}.json`)),
      readJson(path),
      code,
    )) {
      report(
        `${code}/${namespace}`,
        `${problem.kind} ${problem.key}${problem.detail ? ` (${problem.detail})` : ''}`,
      );
      languageProblems += 1;
    }
  }
  for (const file of readdirSync(join(root, code))) {
    if (!namespaces.includes(file.replace(/\.json$/, ''))) {
      report(`${code}/${file}`, 'Polish has no such file');
      languageProblems += 1;
    }
  }
  console.log(
    `${code}: ${languageProblems === 0 ? 'complete' : `${languageProblems} problem(s)`} (${namespaces.length} namespaces)`,
  );
}

if (problems > 0) {
  console.log(`content:check: ${problems} problem(s) found`);
  process.exit(1);
}
console.log(`content:check: ${namespaces.length} namespaces in ${LANGUAGES.length} languages, no problems`);
