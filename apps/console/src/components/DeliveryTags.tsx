import { Space, Tag, Tooltip } from 'antd';
import type { Schemas } from '../api/client';
import { useLang } from '../i18n';

export type Delivery = Schemas['DeliveryStatusView'];

const CHANNELS: Record<string, [string, string]> = {
  inbox: ['站内通知', 'inbox'],
  email: ['邮件', 'e-mail'],
  webhook: ['Webhook', 'webhook'],
};

// failed is a try that will be made again; dead is every try spent, which an operator may retry.
// Solid tags with white text, in the colours of TaskTags: each reaches 4.5:1 against it (WCAG AA).
const STATUSES: Record<string, [string, string, string]> = {
  pending: ['待发送', 'pending', '#4b5563'],
  failed: ['重试中', 'retrying', '#854d0e'],
  delivered: ['已送达', 'delivered', '#166534'],
  dead: ['发送失败', 'failed', '#b91c1c'],
};

/**
 * Who an act (or a reminder) was told to, by which channel, and whether it got there: the notifier's
 * delivery records beside the log, shown with the entry that caused them, not as events of their own.
 */
export function DeliveryTags({
  deliveries,
  names,
}: {
  deliveries: readonly Delivery[];
  /** unit:<id>, leader:<id> or supervisor → the name a reader knows. */
  names: Readonly<Record<string, string>>;
}) {
  const { lang } = useLang();
  if (deliveries.length === 0) return null;
  const pick = (pair: readonly string[] | undefined, code: string) => (pair ? pair[lang === 'zh' ? 0 : 1] : code);
  return (
    <Space size={[4, 4]} wrap aria-label={lang === 'zh' ? '通知送达情况' : 'Notifications'}>
      {deliveries.map((delivery) => {
        const status = STATUSES[delivery.status];
        const text = `${names[delivery.recipient] ?? delivery.recipient} · ${pick(CHANNELS[delivery.channel], delivery.channel)} · ${pick(status, delivery.status)}`;
        const tag = (
          <Tag key={delivery.id} color={status?.[2] ?? '#4b5563'} data-testid={`delivery-${delivery.id}`}>
            {text}
          </Tag>
        );
        return delivery.lastError && delivery.status !== 'delivered' ? (
          <Tooltip key={delivery.id} title={delivery.lastError}>
            {tag}
          </Tooltip>
        ) : (
          tag
        );
      })}
    </Space>
  );
}
