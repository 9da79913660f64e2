import { IsText } from '../../http/validation/validators';

/** For send back, return, suspend, resume and cancel: each needs a reason on the record. */
export class ReasonDto {
  @IsText('why', 2000)
  reason: string;
}

/** For commands that take no fields; any field sent is refused. */
export class EmptyDto {}

export class OptionalCommentDto {
  @IsText('comment', 2000, true)
  comment?: string;
}
