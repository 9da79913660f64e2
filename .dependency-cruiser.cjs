/**
 * The layers of the code, checked by `npm run lint` (dependency-cruiser). Each rule names the layer it
 * keeps; a rule that fails names the import that broke it. Test code (`test/`, `libs/<lib>/test`,
 * `apps/<app>/test`, `libs/testing`) may reach into any layer, so the layer rules apply to `src` only.
 */
const READ_SIDE = '^(libs/(read-models|projector|audit)/|apps/api/src/read-side/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can be read, tested or moved without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      severity: 'error',
      comment:
        'Nor may two folders lean on each other (a barrel that its own children import, a room that reaches back ' +
        'into the room that wires it): each folder is a room, and the rooms form a tree.',
      scope: 'folder',
      from: { path: '^(apps|libs)/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'libs/supervision is the domain: plain types and functions. It imports nothing outside itself: no ' +
        'framework (@nestjs/*, typeorm, pg, express), no other lib, no Node module.',
      from: { path: '^libs/supervision/src/' },
      to: { pathNot: '^libs/supervision/src/' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      comment: 'A lib serves the apps; an app is never a dependency of a lib.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'command-path-never-reaches-read-side',
      severity: 'error',
      comment:
        'The command path (libs/commands, libs/event-store) decides and appends; it never loads the read ' +
        'side (read models, the projector, audit, the API read-side), not even through a barrel it passes.',
      from: { path: '^libs/(commands|event-store)/src/' },
      to: { path: READ_SIDE, reachable: true },
    },
    {
      name: 'production-never-imports-tests',
      severity: 'error',
      comment:
        'Production code (a src folder) never imports a spec, a test helper or libs/testing: none of them is built into dist.',
      from: { path: '^(apps|libs)/[^/]+/src/', pathNot: '^libs/testing/' },
      to: { path: '(^(apps|libs)/[^/]+/test/|^libs/testing/|^test/|\\.spec\\.ts$)' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.build|reference)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    cache: false,
  },
};
