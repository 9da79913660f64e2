/** A task's status, light and flags as tags, with the labels shared with the API (labels.ts). */
import { Space, Tag } from 'antd';
import { useLang } from '../i18n';
import { LIGHT_COLOURS, lightLabel, statusLabel } from '../labels';

const STATUS_COLOURS: Record<string, string> = {
  issued: 'blue',
  sent_back: 'orange',
  acknowledged: 'cyan',
  in_progress: 'processing',
  completion_reported: 'purple',
  completed: 'green',
  under_review: 'gold',
  suspended: 'default',
  cancelled: 'default',
};

export function StatusTag({ status }: { status: string }) {
  const { lang } = useLang();
  return <Tag color={STATUS_COLOURS[status] ?? 'default'}>{statusLabel(status, lang)}</Tag>;
}

export function LightTag({ light }: { light: string }) {
  const { lang, t } = useLang();
  if (light === 'none') return <span aria-label={t('无灯', 'no light')}>—</span>;
  return (
    <Tag color={LIGHT_COLOURS[light]} data-light={light}>
      {lightLabel(light, lang)}
    </Tag>
  );
}

export function FlagTags({ flags, openUrges }: { flags: { overdue: boolean; stale: boolean }; openUrges?: number }) {
  const { t } = useLang();
  return (
    <Space size={2} wrap>
      {flags.overdue ? <Tag color="red">{t('逾期', 'Overdue')}</Tag> : null}
      {flags.stale ? <Tag color="orange">{t('久未更新', 'Stale')}</Tag> : null}
      {openUrges ? <Tag color="volcano">{t(`催办 ${openUrges}`, `Urged ${openUrges}`)}</Tag> : null}
    </Space>
  );
}
