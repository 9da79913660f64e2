import { Client } from 'pg';
import { createTestDatabase } from '../../testing/src/test-database';

describe('the test database', () => {
  it('stores and searches Chinese text with pg_trgm', async () => {
    const client = new Client({ connectionString: await createTestDatabase() });
    await client.connect();
    try {
      await client.query('create extension if not exists pg_trgm');
      const { rows } = await client.query(
        "select '未成年人检察业务统一集中办理' like '%未成年人%' as found, pg_snapshot_xmin(pg_current_snapshot()) is not null as snapshots",
      );
      expect(rows[0]).toEqual({ found: true, snapshots: true });
    } finally {
      await client.end();
    }
  });
});
