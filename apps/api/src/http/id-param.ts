/**
 * `@IdParam('taskId') taskId: string`: a path id, checked like body ids (a malformed one is a 400
 * BAD_ID, never a query with garbage) and documented with the same rule and a demo example.
 */
import { Param } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { EntityIdPipe } from './entity-id.pipe';
import { ID_PATTERN } from './validation/validators';

/** What each path id names, and an id the demo ledger holds (`npm start` seeds it). */
const PATH_IDS: Record<string, { description: string; example: string }> = {
  taskId: { description: 'the task', example: 'spp-2022-2022-01' },
  programmeId: { description: 'the programme', example: 'spp-2022' },
  officialId: { description: 'the official', example: 'leader-juvenile' },
  unitId: { description: 'the unit', example: 'dept-9' },
  milestoneId: {
    description: 'a milestone of the task’s plan (SubmitWorkPlan answers its id in created.milestoneIds)',
    example: '2022-01-m1',
  },
  requestId: { description: 'the request (answered in created.requestId when it was made)', example: '2022-06-e1' },
};

export function IdParam(name: string): ParameterDecorator {
  const documented = PATH_IDS[name] ?? { description: name, example: undefined };
  return (target, key, index) => {
    Param(name, EntityIdPipe)(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
    ApiParam({
      name,
      required: true,
      description: documented.description,
      schema: {
        type: 'string',
        pattern: ID_PATTERN.source,
        ...(documented.example ? { example: documented.example } : {}),
      },
    })(target, key, descriptor);
  };
}
