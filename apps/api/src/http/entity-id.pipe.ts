/** Path ids are checked like body ids: a malformed one is a 400, never a query with garbage. */
import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { ID_PATTERN } from './validation/validators';

@Injectable()
export class EntityIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ID_PATTERN.test(value))
      throw new BadRequestException({ code: 'BAD_ID', message: `malformed id in the path: ${value.slice(0, 100)}` });
    return value;
  }
}
