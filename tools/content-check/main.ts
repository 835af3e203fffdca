// `npm run content:check`: every language has every key of Polish (and no others), with the plural
// forms its grammar needs; every lesson of the catalogue has its words. Exits 1 on any problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODULES } from '@/content/catalogue';
import { lessonWords, parseModule } from '@/content/schema';
import { LANGUAGES } from '@/lib/languages';
import { compareNamespace, flatten, pluralCategories } from './locale-keys';

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
