/** A task's status, light and flags as tags, with the labels shared with the API (labels.ts). */
import { Space, Tag } from 'antd';
import { useLang } from '../i18n';
import { lightLabel, statusLabel } from '../labels';

/** Solid tags with white text: each colour reaches 4.5:1 against it (WCAG AA). */
const STATUS_COLOURS: Record<string, string> = {
  issued: '#1e40af',
  sent_back: '#9a3412',
  acknowledged: '#0e7490',
  in_progress: '#1d4ed8',
  completion_reported: '#6b21a8',
  completed: '#166534',
  under_review: '#854d0e',
  suspended: '#4b5563',
  cancelled: '#4b5563',
};
const LIGHT_HEX: Record<string, string> = { green: '#15803d', yellow: '#a16207', red: '#b91c1c' };

export function StatusTag({ status }: { status: string }) {
  const { lang } = useLang();
  return <Tag color={STATUS_COLOURS[status] ?? '#4b5563'}>{statusLabel(status, lang)}</Tag>;
}

export function LightTag({ light }: { light: string }) {
  const { lang, t } = useLang();
  if (light === 'none') return <span aria-label={t('无灯', 'no light')}>—</span>;
  return (
    <Tag color={LIGHT_HEX[light]} data-light={light}>
      {lightLabel(light, lang)}
    </Tag>
  );
}

export function FlagTags({ flags, openUrges }: { flags: { overdue: boolean; stale: boolean }; openUrges?: number }) {
  const { t } = useLang();
  return (
    <Space size={2} wrap>
      {flags.overdue ? <Tag color="#b91c1c">{t('逾期', 'Overdue')}</Tag> : null}
      {flags.stale ? <Tag color="#9a3412">{t('久未更新', 'Stale')}</Tag> : null}
      {openUrges ? <Tag color="#7c2d12">{t(`催办 ${openUrges}`, `Urged ${openUrges}`)}</Tag> : null}
    </Space>
  );
}
