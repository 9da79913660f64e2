/**
 * 导出台账: the board as an .xlsx with the filters and sort it shows now (GET /api/ledger/export),
 * and for the auditor the board as it stood at a moment (GET /api/audit/ledger/export). The file
 * is fetched with the token in the Authorization header and saved under the server's name.
 */
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import type { BoardFilters } from '../board-query';
import { useLang } from '../i18n';
import { saveDownload } from '../download';
import { asOfLedgerExportPath, refusalReason, ledgerExportQuery } from '../office';

function useDownload() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function run(path: string, fallbackName: string) {
    setBusy(true);
    setProblem(null);
    try {
      await saveDownload(path, fallbackName);
    } catch (error) {
      setProblem(refusalReason(error));
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, run };
}

function Exporting({
  busy,
  problem,
  label,
  disabled,
  onClick,
}: {
  busy: boolean;
  problem: string | null;
  label: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <Space>
      <Button loading={busy} disabled={disabled} onClick={onClick}>
        {label}
      </Button>
      {problem ? <Alert type="error" showIcon title={problem} data-testid="export-error" /> : null}
    </Space>
  );
}

/** On the board: every task its filters select, in its sort (no page: all of them). */
export function LedgerExportButton({ filters }: { filters: BoardFilters }) {
  const { t } = useLang();
  const { busy, problem, run } = useDownload();
  return (
    <Exporting
      busy={busy}
      problem={problem}
      label={t('导出台账', 'Export to Excel')}
      onClick={() => void run(`/api/ledger/export?${ledgerExportQuery(filters)}`, '督办台账.xlsx')}
    />
  );
}

/** On the auditor's board as of a moment: the same columns, replayed from the log up to `at` (none chosen: disabled). */
export function AsOfLedgerExportButton({ at }: { at: string | null }) {
  const { t } = useLang();
  const { busy, problem, run } = useDownload();
  return (
    <Exporting
      busy={busy}
      problem={problem}
      disabled={at === null}
      label={t('导出当时台账', 'Export the board as of then')}
      onClick={() => at && void run(asOfLedgerExportPath(at), '督办台账-历史时点.xlsx')}
    />
  );
}
