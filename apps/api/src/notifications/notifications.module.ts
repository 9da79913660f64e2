/** Notifications over HTTP (the inbox, the operator's retry) and, in the embedded mode, the notifier itself. */
import { Module, type DynamicModule } from '@nestjs/common';
import type { NotifierSettings } from '@app/notifier';
import { NOTIFICATION_CONTROLLERS, notificationProviders } from './index';

@Module({})
export class NotificationsModule {
  static register(settings: NotifierSettings | undefined): DynamicModule {
    return {
      module: NotificationsModule,
      controllers: NOTIFICATION_CONTROLLERS,
      providers: notificationProviders(settings),
    };
  }
}
