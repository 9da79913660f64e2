/** Refusals specific to programmes. */
import { NotFound, StateConflict } from '../kernel/domain-errors';

export const programmeNotFound = (programmeId: string) =>
  new NotFound('PROGRAMME_NOT_FOUND', `programme ${programmeId} was never launched`, { programmeId });

export const programmeAlreadyLaunched = (programmeId: string) =>
  new StateConflict('PROGRAMME_ALREADY_LAUNCHED', `programme ${programmeId} is already launched`, { programmeId });

export const programmeAlreadyClosed = (programmeId: string) =>
  new StateConflict('PROGRAMME_ALREADY_CLOSED', `programme ${programmeId} is already closed`, { programmeId });
