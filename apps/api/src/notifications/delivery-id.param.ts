/** `@DeliveryIdParam()`: a delivery's id in the path, a UUID; anything else is a 400 BAD_ID before any query. */
import { BadRequestException, Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { DELIVERY_ID_PATTERN } from './notification.views';

const UUID = new RegExp(DELIVERY_ID_PATTERN);

class DeliveryIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value))
      throw new BadRequestException({
        code: 'BAD_ID',
        message: `id must be a delivery id (a lower-case UUID), not ${value.slice(0, 60)}`,
      });
    return value;
  }
}

export function DeliveryIdParam(): ParameterDecorator {
  return (target, key, index) => {
    Param('id', new DeliveryIdPipe())(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
    ApiParam({
      name: 'id',
      required: true,
      description: 'the notification’s delivery id (InboxItem.id, X-Notification-Id)',
      schema: { type: 'string', pattern: DELIVERY_ID_PATTERN, example: '3f1c2a9e-6b7d-5e4f-8a1b-2c3d4e5f6a7b' },
    })(target, key, descriptor);
  };
}
