/**
 * Where tests live and what they are called, checked on the tree itself so that a new spec cannot drift:
 * every spec names its kind (`.unit.spec.ts`, `.int.spec.ts`, `.e2e-spec.ts`, each run by its own jest
 * project), and no spec or test helper sits in a `src` folder (swc builds every `src` into dist).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const SKIPPED = new Set(['node_modules', 'dist', '.build', '.data', '.git']);

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = `${folder}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const sources = ['apps', 'libs', 'test', 'bench'].flatMap(filesUnder).filter((path) => /\.(ts|tsx|mts)$/.test(path));

/** Any name jest or a habit would take for a test: foo.spec.ts, foo.test.ts, foo-spec.ts, foo.e2e.ts. */
const LOOKS_LIKE_A_SPEC = /([.-](spec|test)|\.e2e)\.(ts|tsx|mts)$/;
const NAMES_ITS_KIND = /(\.unit\.spec|\.int\.spec|\.e2e-spec)\.tsx?$/;
const IN_A_SRC_FOLDER = /^(apps|libs)\/[^/]+\/src\//;
const TEST_LIB = /^libs\/testing\//;
/** A test helper by name: fixtures, a shared contract suite, a spec-support folder. */
const HELPER_BY_NAME = /(\.fixtures?\.ts|\.contract\.ts|\/specs?(-support)?\/)/;
/** A test helper by content: it calls jest's globals or reaches for the test lib. */
const HELPER_BY_CONTENT =
  /(^|[^.\w])((describe|it|test|beforeAll|beforeEach|afterAll|afterEach)\(['"`]|expect\(|jest\.(fn|mock|spyOn)\()|from '@app\/testing'|\/testing\/src\//m;

describe('test placement', () => {
  it('finds the tree it checks', () => {
    expect(sources.filter((path) => NAMES_ITS_KIND.test(path)).length).toBeGreaterThan(100);
    expect(sources).toContain('test/layout/test-placement.unit.spec.ts');
  });

  it('names the kind of every spec: .unit.spec.ts, .int.spec.ts or .e2e-spec.ts', () => {
    expect(sources.filter((path) => LOOKS_LIKE_A_SPEC.test(path) && !NAMES_ITS_KIND.test(path))).toEqual([]);
  });

  it('keeps every spec out of src folders', () => {
    expect(sources.filter((path) => IN_A_SRC_FOLDER.test(path) && LOOKS_LIKE_A_SPEC.test(path))).toEqual([]);
  });

  it('keeps test helpers out of src folders (libs/testing is the test lib, outside the build)', () => {
    const production = sources.filter((path) => IN_A_SRC_FOLDER.test(path) && !TEST_LIB.test(path));
    const helpers = production.filter(
      (path) => HELPER_BY_NAME.test(path) || HELPER_BY_CONTENT.test(readFileSync(join(ROOT, path), 'utf8')),
    );
    expect(helpers).toEqual([]);
  });

  it('leaves the test folders and the test lib out of the build', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.build).toContain("--ignore '**/test/**'");
    expect(scripts.build).toContain("--ignore 'libs/testing/**'");
  });
});
