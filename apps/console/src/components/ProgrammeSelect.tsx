/** The programme a page reports on (统计分析, 报表): the same dropdown on each, the newest programme chosen until the user picks another. */
import { Select } from 'antd';
import { useState } from 'react';
import { useDirectory, type Named } from '../directory';
import { useLang } from '../i18n';

export interface ChosenProgramme {
  /** Every programme in the directory, newest first (the API's order). */
  readonly programmes: readonly Named[];
  /** The one chosen, or the newest while none is; undefined while the directory is loading or holds none. */
  readonly programmeId: string | undefined;
  readonly choose: (programmeId: string) => void;
}

export function useChosenProgramme(): ChosenProgramme {
  const { allProgrammes: programmes } = useDirectory();
  const [chosen, choose] = useState<string | undefined>();
  return { programmes, programmeId: chosen ?? programmes[0]?.id, choose };
}

export function ProgrammeSelect({ programmes, programmeId, choose }: ChosenProgramme) {
  const { t } = useLang();
  return (
    <Select
      aria-label={t('督办批次', 'Programme')}
      style={{ minWidth: 280 }}
      value={programmeId}
      onChange={choose}
      options={programmes.map((p) => ({ value: p.id, label: p.name ?? p.id }))}
    />
  );
}
