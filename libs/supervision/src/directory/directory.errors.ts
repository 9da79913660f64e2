/** Refusals specific to the directory; `unknownUnits` is shared with the task aggregate. */
import { NotFound, RuleBroken, StateConflict } from '../kernel/domain-errors';

export const unitAlreadyRegistered = (unitId: string) =>
  new StateConflict('UNIT_ALREADY_REGISTERED', `unit ${unitId} is already registered`, { unitId });

export const officialAlreadyRegistered = (officialId: string) =>
  new StateConflict('OFFICIAL_ALREADY_REGISTERED', `official ${officialId} is already registered`, { officialId });

export const officialNotFound = (officialId: string) =>
  new NotFound('OFFICIAL_NOT_FOUND', `official ${officialId} is not registered`, { officialId });

export const unknownUnits = (unitIds: readonly string[]) =>
  new RuleBroken('UNKNOWN_UNIT', `unit(s) not registered in the directory: ${unitIds.join(', ')}`, {
    unitIds: [...unitIds],
  });
