/**
 * The programme a page reports on (统计分析, 报表): the newest in the directory until the user picks
 * another, chosen in one labelled select.
 */
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useDirectory, type Named } from '../directory';
import { useLang } from '../i18n';

export function useChosenProgramme(): {
  programmeId: string | undefined;
  setProgrammeId: (id: string) => void;
  programmes: Named[];
} {
  const { allProgrammes: programmes } = useDirectory();
  const [programmeId, setProgrammeId] = useState<string | undefined>();
  useEffect(() => {
    if (!programmeId && programmes[0]) setProgrammeId(programmes[0].id);
  }, [programmeId, programmes]);
  return { programmeId, setProgrammeId, programmes };
}

export function ProgrammeSelect({
  value,
  onChange,
  programmes,
}: {
  value: string | undefined;
  onChange: (id: string) => void;
  programmes: readonly Named[];
}) {
  const { t } = useLang();
  return (
    <Select
      aria-label={t('督办批次', 'Programme')}
      style={{ minWidth: 280 }}
      value={value}
      onChange={onChange}
      options={programmes.map((p) => ({ value: p.id, label: p.name ?? p.id }))}
    />
  );
}
