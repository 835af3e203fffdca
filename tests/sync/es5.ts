// A bare ECMAScript 5 world for the server rules: the validate_doc_update source parsed by acorn as ES5
// and run in a node:vm context from which every built-in that ES5.1 (chapter 15) does not define has
// been removed, the way CouchDB 3's oldest engine (SpiderMonkey 1.8.5) would run it.
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { parse } from 'acorn';

const FUNCTION_OWN = ['length', 'name', 'prototype'];

/** The own (string-keyed) properties ES5.1 defines, per built-in: [static, prototype]. */
const ES5: Record<string, [string[], string[] | null]> = {
  Object: [
    [
      ...FUNCTION_OWN,
      'getPrototypeOf',
      'getOwnPropertyDescriptor',
      'getOwnPropertyNames',
      'create',
      'defineProperty',
      'defineProperties',
      'seal',
      'freeze',
      'preventExtensions',
      'isSealed',
      'isFrozen',
      'isExtensible',
      'keys',
    ],
    [
      'constructor',
      'toString',
      'toLocaleString',
      'valueOf',
      'hasOwnProperty',
      'isPrototypeOf',
      'propertyIsEnumerable',
    ],
  ],
  Function: [
    FUNCTION_OWN,
    ['constructor', 'toString', 'apply', 'call', 'bind', 'length', 'name', 'arguments', 'caller'],
  ],
  Array: [
    [...FUNCTION_OWN, 'isArray'],
    [
      'length',
      'constructor',
      'toString',
      'toLocaleString',
      'concat',
      'join',
      'pop',
      'push',
      'reverse',
      'shift',
      'slice',
      'sort',
      'splice',
      'unshift',
      'indexOf',
      'lastIndexOf',
      'every',
      'some',
      'forEach',
      'map',
      'filter',
      'reduce',
      'reduceRight',
    ],
  ],
  String: [
    [...FUNCTION_OWN, 'fromCharCode'],
    [
      'length',
      'constructor',
      'toString',
      'valueOf',
      'charAt',
      'charCodeAt',
      'concat',
      'indexOf',
      'lastIndexOf',
      'localeCompare',
      'match',
      'replace',
      'search',
      'slice',
      'split',
      'substring',
      'toLowerCase',
      'toLocaleLowerCase',
      'toUpperCase',
      'toLocaleUpperCase',
      'trim',
    ],
  ],
  Boolean: [FUNCTION_OWN, ['constructor', 'toString', 'valueOf']],
  Number: [
    [...FUNCTION_OWN, 'MAX_VALUE', 'MIN_VALUE', 'NaN', 'NEGATIVE_INFINITY', 'POSITIVE_INFINITY'],
    ['constructor', 'toString', 'toLocaleString', 'valueOf', 'toFixed', 'toExponential', 'toPrecision'],
  ],
  Math: [
    [
      'E',
      'LN10',
      'LN2',
      'LOG2E',
      'LOG10E',
      'PI',
      'SQRT1_2',
      'SQRT2',
      'abs',
      'acos',
      'asin',
      'atan',
      'atan2',
      'ceil',
      'cos',
      'exp',
      'floor',
      'log',
      'max',
      'min',
      'pow',
      'random',
      'round',
      'sin',
      'sqrt',
      'tan',
    ],
    null,
  ],
  Date: [
    [...FUNCTION_OWN, 'parse', 'UTC', 'now'],
    [
      'constructor',
      'toString',
      'toDateString',
      'toTimeString',
      'toLocaleString',
      'toLocaleDateString',
      'toLocaleTimeString',
      'valueOf',
      'getTime',
      'getFullYear',
      'getUTCFullYear',
      'getMonth',
      'getUTCMonth',
      'getDate',
      'getUTCDate',
      'getDay',
      'getUTCDay',
      'getHours',
      'getUTCHours',
      'getMinutes',
      'getUTCMinutes',
      'getSeconds',
      'getUTCSeconds',
      'getMilliseconds',
      'getUTCMilliseconds',
      'getTimezoneOffset',
      'setTime',
      'setMilliseconds',
      'setUTCMilliseconds',
      'setSeconds',
      'setUTCSeconds',
      'setMinutes',
      'setUTCMinutes',
      'setHours',
      'setUTCHours',
      'setDate',
      'setUTCDate',
      'setMonth',
      'setUTCMonth',
      'setFullYear',
      'setUTCFullYear',
      'toUTCString',
      'toISOString',
      'toJSON',
    ],
  ],
  // In ES5 source, global, ignoreCase, multiline and lastIndex are instance properties; V8 keeps the
  // first four as accessors on the prototype, so those stay.
  RegExp: [
    FUNCTION_OWN,
    ['constructor', 'exec', 'test', 'toString', 'source', 'global', 'ignoreCase', 'multiline'],
  ],
  Error: [FUNCTION_OWN, ['constructor', 'name', 'message', 'toString']],
  EvalError: [FUNCTION_OWN, ['constructor', 'name', 'message']],
  RangeError: [FUNCTION_OWN, ['constructor', 'name', 'message']],
  ReferenceError: [FUNCTION_OWN, ['constructor', 'name', 'message']],
  SyntaxError: [FUNCTION_OWN, ['constructor', 'name', 'message']],
  TypeError: [FUNCTION_OWN, ['constructor', 'name', 'message']],
  URIError: [FUNCTION_OWN, ['constructor', 'name', 'message']],
  JSON: [['parse', 'stringify'], null],
};

const GLOBALS = [
  'NaN',
  'Infinity',
  'undefined',
  'eval',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'decodeURI',
  'decodeURIComponent',
  'encodeURI',
  'encodeURIComponent',
  ...Object.keys(ES5),
];

/** Later built-ins V8 does not let go of (non-configurable values, not behaviour). */
export const UNREMOVABLE = ['Number.MAX_SAFE_INTEGER', 'Number.MIN_SAFE_INTEGER', 'Number.EPSILON'];

/** Deletes every own string-keyed property not in `allowed`; returns those that would not go. */
function strip(target: object, allowed: readonly string[], path: string): string[] {
  const stuck: string[] = [];
  for (const name of Object.getOwnPropertyNames(target)) {
    if (!allowed.includes(name) && !Reflect.deleteProperty(target, name)) stuck.push(`${path}.${name}`);
  }
  return stuck;
}

/**
 * Returns a vm context holding only ES5's built-ins. Throws when a later built-in cannot be removed
 * (the test would then not prove anything).
 */
export function bareEs5Context(): vm.Context {
  const context = vm.createContext({});
  const global = vm.runInContext('this', context) as Record<string, Record<string, unknown>>;
  let stuck = strip(global, GLOBALS, 'global');
  for (const [name, [statics, prototype]] of Object.entries(ES5)) {
    const builtin = global[name];
    if (builtin === undefined) throw new Error(`${name} is missing from the context`);
    stuck.push(...strip(builtin, statics, name));
    const proto = builtin.prototype;
    if (prototype !== null && typeof proto === 'object' && proto !== null) {
      stuck.push(...strip(proto, prototype, `${name}.prototype`));
    }
  }
  // Three ES2015 number constants are non-configurable: they stay, and the rules must not use them
  // (tests/sync/validate-es5.test.ts checks the source never names them).
  const constants = new Set(UNREMOVABLE);
  stuck = stuck.filter((name) => !constants.has(name));
  if (stuck.length > 0) throw new Error(`Could not remove: ${stuck.join(', ')}`);
  return context;
}

/** Parses source as an ECMAScript 5 script (acorn); throws a SyntaxError for anything later. */
export function parseEs5(source: string): void {
  parse(source, { ecmaVersion: 5, sourceType: 'script' });
}

/** What a validate_doc_update did: null (accepted), CouchDB's refusal object, or a crash. */
export type Verdict = null | { forbidden: string } | { unauthorized: string } | { crash: string };

/**
 * Parses a validate_doc_update source as ES5 and compiles it in a bare ES5 context. The returned
 * function passes its arguments in as JSON (objects of the context's own realm, as CouchDB would).
 */
export function loadValidator(
  source: string,
): (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj?: unknown) => Verdict {
  parseEs5(`(${source})`);
  const context = bareEs5Context();
  const run = vm.runInContext(
    `(function (validate) {
      return function (args) {
        var parsed = JSON.parse(args);
        try {
          validate(parsed[0], parsed[1], parsed[2], parsed[3]);
          return 'null';
        } catch (error) {
          if (error && typeof error === 'object' && (error.forbidden || error.unauthorized)) {
            return JSON.stringify(error);
          }
          return JSON.stringify({ crash: String(error) });
        }
      };
    })(${source})`,
    context,
  ) as (args: string) => string;
  return (newDoc, oldDoc, userCtx, secObj = {}) =>
    JSON.parse(run(JSON.stringify([newDoc, oldDoc ?? null, userCtx, secObj]))) as Verdict;
}

type EngineInstance = { run(): boolean; value: unknown };
type EngineClass = new (code: string) => EngineInstance;

/**
 * The same validator run by an ECMAScript 5 engine: JS-Interpreter (js-interpreter on npm), a complete
 * ES5 interpreter written in JavaScript with only ES5's built-ins and parser, so a later syntax or
 * built-in fails there as it would in SpiderMonkey 1.8.5. Each call is a fresh interpreter.
 */
export function loadValidatorInEs5Engine(
  source: string,
): (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj?: unknown) => Verdict {
  const Engine = createRequire(import.meta.url)('js-interpreter') as EngineClass;
  return (newDoc, oldDoc, userCtx, secObj = {}) => {
    const args = JSON.stringify(JSON.stringify([newDoc, oldDoc ?? null, userCtx, secObj]));
    const engine = new Engine(`
      var validate = (${source});
      var parsed = JSON.parse(${args});
      var verdict;
      try {
        validate(parsed[0], parsed[1], parsed[2], parsed[3]);
        verdict = 'null';
      } catch (error) {
        if (error && typeof error === 'object' && (error.forbidden || error.unauthorized)) {
          verdict = JSON.stringify(error);
        } else {
          verdict = JSON.stringify({ crash: String(error) });
        }
      }
      verdict;
    `);
    engine.run();
    return JSON.parse(String(engine.value)) as Verdict;
  };
}
