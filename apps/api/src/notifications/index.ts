/** Notifications over HTTP (the inbox, the operator's retry) and the notifier itself in the embedded mode, wired into the AppModule by these two. */
import type { Provider, Type } from '@nestjs/common';
import { NOTIFIER_SETTINGS, NotifierHost, type NotifierSettings } from '@app/notifier';
import { InboxController } from './inbox.controller';
import { NotificationOperationsController } from './notification-operations.controller';

export const NOTIFICATION_CONTROLLERS: Type[] = [InboxController, NotificationOperationsController];

export function notificationProviders(settings: NotifierSettings | undefined): Provider[] {
  return [...(settings ? [{ provide: NOTIFIER_SETTINGS, useValue: settings }] : []), NotifierHost];
}
