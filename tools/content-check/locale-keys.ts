// Compares one language's locale namespace with Polish: missing and extra keys, plural forms the
// language needs (from Intl.PluralRules), and interpolation variables that differ.

export type LocaleProblem = {
  kind: 'missing' | 'extra' | 'plural' | 'variables' | 'type';
  key: string;
  detail?: string;
};

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Flattens nested JSON into dotted keys with string values; non-string leaves are reported. */
export function flatten(
  value: unknown,
  prefix = '',
  into = new Map<string, string>(),
  problems: LocaleProblem[] = [],
) {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into, problems);
    }
  } else {
    problems.push({ kind: 'type', key: prefix, detail: 'must be text or a group of texts' });
  }
  return { keys: into, problems };
}

type Grouped = { plain: Map<string, string>; plural: Map<string, Map<string, string>> };

function group(keys: Map<string, string>): Grouped {
  const plain = new Map<string, string>();
  const plural = new Map<string, Map<string, string>>();
  for (const [key, text] of keys) {
    const match = PLURAL_SUFFIX.exec(key);
    if (match) {
      const base = key.slice(0, match.index);
      const forms = plural.get(base) ?? new Map<string, string>();
      forms.set(match[1] as string, text);
      plural.set(base, forms);
    } else plain.set(key, text);
  }
  return { plain, plural };
}

function variables(text: string): string {
  // A variable may be used more than once in one language and once in another: compare the sets.
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]))]
    .sort()
    .join(', ');
}

export function pluralCategories(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
}

/** Checks a language's namespace against the Polish one. An empty list means it is complete. */
export function compareNamespace(polish: unknown, other: unknown, language: string): LocaleProblem[] {
  const source = flatten(polish);
  const target = flatten(other);
  const problems = [...target.problems];
  const from = group(source.keys);
  const to = group(target.keys);

  for (const [key, text] of from.plain) {
    const translated = to.plain.get(key);
    if (translated === undefined) problems.push({ kind: 'missing', key });
    else if (variables(text) !== variables(translated)) {
      problems.push({
        kind: 'variables',
        key,
        detail: `Polish uses {${variables(text)}}, this uses {${variables(translated)}}`,
      });
    }
  }
  for (const key of to.plain.keys()) if (!from.plain.has(key)) problems.push({ kind: 'extra', key });

  const needed = pluralCategories(language);
  for (const base of from.plural.keys()) {
    const forms = to.plural.get(base);
    if (!forms) {
      problems.push({ kind: 'missing', key: base, detail: `plural forms ${needed.join(', ')}` });
      continue;
    }
    const absent = needed.filter((category) => !forms.has(category));
    const unused = [...forms.keys()].filter((category) => !needed.includes(category));
    if (absent.length)
      problems.push({ kind: 'plural', key: base, detail: `needs the forms ${absent.join(', ')}` });
    if (unused.length)
      problems.push({ kind: 'plural', key: base, detail: `${language} has no forms ${unused.join(', ')}` });
  }
  for (const base of to.plural.keys())
    if (!from.plural.has(base)) problems.push({ kind: 'extra', key: base });
  return problems;
}
