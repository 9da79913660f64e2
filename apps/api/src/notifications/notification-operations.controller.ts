/** The operator's side of the outbox: replay a dead-lettered mail or webhook delivery. */
import { Body, ConflictException, Controller, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { retryDelivery } from '@app/notifier';
import { ApiRoute } from '../http/api-route';
import { DeliveryIdParam } from './delivery-id.param';
import { EmptyBody, NotificationRetryView } from './notification.views';

@ApiTags('notifications')
@Controller('api/notifications')
export class NotificationOperationsController {
  constructor(private readonly dataSource: DataSource) {}

  @Post(':id/retry')
  @HttpCode(200)
  @ApiRoute({
    summary: 'Retry a dead-lettered (or failing) mail or webhook delivery now',
    description:
      'Gives the delivery a fresh set of tries, due at once: the dispatcher sends it at its next poll with the same X-Notification-Id, so a receiver that got it before deduplicates it. The delivery ids are in a task’s timeline (notifications) and in the logs. The body is `{}`.',
    parties: ['admin'],
    takesBody: true,
    ok: { type: NotificationRetryView, description: 'it is due again' },
    answers: {
      404: 'no such delivery (NOTIFICATION_NOT_FOUND)',
      409: 'nothing to retry: it was delivered, or it is an inbox notification, which is delivered when written (NOTIFICATION_NOT_RETRYABLE)',
    },
  })
  async retry(@DeliveryIdParam() id: string, @Body() _body: EmptyBody): Promise<NotificationRetryView> {
    const outcome = await retryDelivery(this.dataSource.manager, id);
    if (outcome.kind === 'not_found')
      throw new NotFoundException({ code: 'NOTIFICATION_NOT_FOUND', message: `no delivery ${id}` });
    if (outcome.kind === 'not_retryable') {
      throw new ConflictException({
        code: 'NOTIFICATION_NOT_RETRYABLE',
        message: `delivery ${id} (${outcome.channel}) is ${outcome.status}: nothing to retry`,
        details: { status: outcome.status, channel: outcome.channel },
      });
    }
    return { id, status: 'pending' };
  }
}
