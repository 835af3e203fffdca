# Writes biome.json: lint, format and the per-folder import direction of STYLE.md.
# Run `python3 tools/make-biome-config.py` after adding a feature folder.
import json

features = ['learn', 'progress', 'settings', 'workshops', 'reports', 'sync-ui']


def restrict(patterns=None, paths=None):
    options = {}
    if patterns:
        options['patterns'] = patterns
    if paths:
        options['paths'] = paths
    return {'linter': {'rules': {'style': {'noRestrictedImports': {'level': 'error', 'options': options}}}}}


parent = {'group': ['../**', '..'], 'message': 'Import through the @/ alias, not a parent folder (STYLE.md).'}
react_free = ['react', 'react-dom', 'react-dom/**', 'react-i18next', 'dexie-react-hooks']
dexie_msg = 'Only src/db, src/sync and features/*/data import Dexie; components use data hooks (STYLE.md).'

upward = {'group': ['@/app/**', '@/features/**', '@/sync/**'],
          'message': 'Imports go app → features → {content, db, sync, ui, lib}; never upward (STYLE.md).'}
no_dexie = {'dexie': dexie_msg, 'dexie-react-hooks': dexie_msg}

# Each file matches exactly one of these, so no override's options replace another's.
overrides = [
    {'includes': ['src/content/**', 'src/ui/**', 'src/lib/**'], **restrict([parent, upward], no_dexie)},
    {'includes': ['src/db/**'], **restrict([parent, upward])},
    {'includes': ['src/sync/**'],
     **restrict([parent, {'group': ['@/app/**', '@/features/**', '@/ui/**', *react_free],
                          'message': 'src/sync is framework-free: no React, no features, no app (STYLE.md).'}])},
    {'includes': ['src/app/**'], **restrict([parent], no_dexie)},
]
for f in features:
    others = {'group': [*[f'@/features/{o}/**' for o in features if o != f], '@/app/**'],
              'message': 'A feature never imports another feature or the app; combine them in src/app (STYLE.md).'}
    overrides.append({'includes': [f'src/features/{f}/**', f'!src/features/{f}/data/**'],
                      **restrict([parent, others], no_dexie)})
    overrides.append({'includes': [f'src/features/{f}/data/**'], **restrict([parent, others])})

config = {
    '$schema': './node_modules/@biomejs/biome/configuration_schema.json',
    'vcs': {'enabled': True, 'clientKind': 'git', 'useIgnoreFile': True},
    'files': {'includes': ['**', '!**/package-lock.json']},
    'formatter': {'enabled': True, 'indentStyle': 'space', 'indentWidth': 2, 'lineWidth': 110},
    'javascript': {'formatter': {'quoteStyle': 'single', 'trailingCommas': 'all', 'semicolons': 'always'}},
    'assist': {'actions': {'source': {'organizeImports': 'on'}}},
    'linter': {'enabled': True, 'rules': {
        'preset': 'recommended',
        'a11y': {'preset': 'recommended'},
        'correctness': {'useExhaustiveDependencies': 'error', 'useHookAtTopLevel': 'error',
                        'noUnusedImports': 'error', 'noUnusedVariables': 'error'},
        'style': {'useImportType': 'error', 'useExportType': 'error', 'noDefaultExport': 'error',
                  'useFilenamingConvention': {'level': 'error', 'options': {'filenameCases': ['kebab-case']}}},
        'suspicious': {'noExplicitAny': 'error', 'noConsole': {'level': 'error', 'options': {'allow': ['error', 'warn']}}},
        'security': {'noDangerouslySetInnerHtml': 'error'},
    }},
    'overrides': overrides + [
        {'includes': ['vite.config.ts', 'tests/playwright.config.ts', 'tools/**'],
         'linter': {'rules': {'style': {'noDefaultExport': 'off'}}}},
        {'includes': ['tools/**'], 'linter': {'rules': {'suspicious': {'noConsole': 'off'}}}},
    ],
}
with open('biome.json', 'w') as out:
    json.dump(config, out, indent=2)
    out.write('\n')
