/** Times as the users read them: in Beijing (Asia/Shanghai), whatever the browser's own time zone, as deadlines are. */
import type { Lang } from './i18n';

export function formatTime(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
}
