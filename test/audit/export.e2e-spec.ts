/** Exports carry their own proof: verified offline, tied to the live digest, broken by any changed byte. */
import { verifyExport } from '@app/audit';
import type { TestApp } from '../support/test-app';
import { post } from '../support/http-client';
import { juvenileTask } from '../support/ledger-fixtures';
import { auditGet, givenHistory, startAuditApp } from './audit-support';

describe('an export', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startAuditApp();
    await givenHistory(app);
  });
  afterAll(() => app.close());

  async function* once(text: string): AsyncIterable<string> {
    yield text;
  }

  it.each(['ndjson', 'csv'])(
    'as %s verifies offline, carries the live digest of its range, and fails after one byte changes',
    async (format) => {
      const answer = await fetch(`${app.url}/api/audit/export?format=${format}`, {
        headers: { authorization: `Bearer ${app.tokenFor({ sub: 'inspection-auditor', role: 'auditor' })}` },
      });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-disposition')).toMatch(
        new RegExp(`attachment; filename="audit-export-.*\\.${format}"`),
      );
      const bytes = Buffer.from(await answer.arrayBuffer());
      const text = bytes.toString('utf8');
      const report = await verifyExport(once(text));
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      const live = await auditGet(app, `/api/audit/digest?position=${report.manifest!.range.toPosition}`);
      expect(report.manifest).toMatchObject({ count: live.body.count, logDigest: { digest: live.body.digest } });
      expect(text).toContain('指引起草中，已完成初稿');

      const changed = Buffer.from(bytes);
      const at = bytes.indexOf(Buffer.from('初稿'));
      changed[at + 2] ^= 0x01; // one byte of one Chinese character
      expect((await verifyExport(once(changed.toString('utf8')))).ok).toBe(false);
    },
  );

  it('as CSV starts with a UTF-8 BOM for spreadsheet software', async () => {
    const answer = await fetch(`${app.url}/api/audit/export?format=csv`, {
      headers: { authorization: `Bearer ${app.tokenFor({ sub: 'inspection-auditor', role: 'auditor' })}` },
    });
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect([...Buffer.from(await answer.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('as CSV writes a cell that a spreadsheet would run as a formula with a leading quote, and still verifies offline', async () => {
    // The actor id is the token's subject, so a caller chooses it.
    const formula = "=cmd|' /C calc'!A0";
    const issued = await post(app.url, '/api/tasks', juvenileTask({ code: '2026-F1' }), {
      token: app.tokenFor({ sub: formula, role: 'supervisor' }),
    });
    expect(issued.status).toBe(201);
    await app.settledHead();
    const answer = await fetch(`${app.url}/api/audit/export?format=csv`, {
      headers: { authorization: `Bearer ${app.tokenFor({ sub: 'inspection-auditor', role: 'auditor' })}` },
    });
    const text = Buffer.from(await answer.arrayBuffer()).toString('utf8'); // text() would drop the BOM the verifier reads
    expect(text).toContain(`,'${formula},`);
    expect(text).not.toContain(`,${formula},`);
    const report = await verifyExport(once(text));
    expect(report.problems).toEqual([]);
    expect(report.manifest!.formulaGuard).toBe("'");
  });

  it('refuses an unknown format, naming the field', async () => {
    const answer = await auditGet(app, '/api/audit/export?format=xlsx');
    expect(answer.status).toBe(400);
    expect(answer.body.details.fields[0].field).toBe('format');
  });
});
