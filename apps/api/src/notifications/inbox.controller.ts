/** A user's in-app inbox: what the notifier addressed to their unit, to them as a leader, or to the supervision office; read marks are per user. */
import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Actor } from '@app/supervision';
import { listInbox, markInboxRead, recipientsOfActor } from '@app/notifier';
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ANY_ROLE } from '../auth/parties';
import { ApiRoute } from '../http/api-route';
import { DEFAULT_PAGE_SIZE } from '../http/validation/page-limit';
import { DeliveryIdParam } from './delivery-id.param';
import { EmptyBody, InboxPageView, InboxQueryParams, InboxReadView } from './notification.views';

const WHOSE =
  'A unit member reads what is addressed to their unit, a leader what is addressed to them, the supervision office what is addressed to it; auditors, readers and admins are told nothing and see an empty inbox.';

@ApiTags('notifications')
@Controller('api/inbox')
export class InboxController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiRoute({
    summary: 'My inbox (站内通知): the notifications addressed to me, newest first, with the unread count',
    description: `Every act that concerns the caller (a task issued or reassigned to their unit, an urge, an extension ruled on, a completion returned, a look-back opened, a countersign asked for) and every reminder the clock raised (deadline ahead, urge reply due, no progress), as the notifier wrote them from the log. ${WHOSE} \`unread=true\` lists only those not read yet; \`unread\` in the answer is the badge.`,
    parties: ANY_ROLE,
    ok: { type: InboxPageView, description: 'one page of the inbox' },
  })
  async list(@Query() params: InboxQueryParams, @CurrentActor() actor: Actor): Promise<InboxPageView> {
    const limit = params.limit ?? DEFAULT_PAGE_SIZE;
    const offset = params.offset ?? 0;
    const page = await listInbox(this.dataSource.manager, recipientsOfActor(actor), actor.userId, {
      unreadOnly: params.unread === 'true',
      limit,
      offset,
    });
    return { ...page, limit, offset };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiRoute({
    summary: 'Mark one of my notifications read',
    description: `Marks it read for the caller only (another member of the same unit still sees it unread). Again: the same answer, the first time kept. ${WHOSE} Someone else’s notification is a 404, as an unknown one is. The body is \`{}\`.`,
    // Those the notifier tells; an auditor issues no write at all, and readers and admins have nothing to mark.
    parties: ['supervisor', 'anyUnit', 'anyLeader'],
    takesBody: true,
    ok: { type: InboxReadView, description: 'it is read' },
    answers: { 404: 'no such notification in your inbox (NOTIFICATION_NOT_FOUND)' },
  })
  async read(
    @DeliveryIdParam() id: string,
    @Body() _body: EmptyBody,
    @CurrentActor() actor: Actor,
  ): Promise<InboxReadView> {
    const marked = await markInboxRead(
      this.dataSource.manager,
      id,
      recipientsOfActor(actor),
      actor.userId,
      this.clock.now(),
    );
    if (!marked)
      throw new NotFoundException({ code: 'NOTIFICATION_NOT_FOUND', message: `no notification ${id} in your inbox` });
    return { id, read: true, readAt: marked.readAt };
  }
}
