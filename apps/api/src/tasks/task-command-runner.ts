/** Sends a task command through the CommandBus and shapes the HTTP answer: shared by the task controllers. */
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import type { TaskCommand } from '@app/supervision';
import { commandIdOf, type CommandRequest, ExecuteTaskCommand } from '@app/commands';
import { respondWithResult, type CommandResponse } from '../http/command-response';
import { EvidenceAttachmentCheck } from '../evidence/evidence-attachment-check';

@Injectable()
export class TaskCommandRunner {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly evidence: EvidenceAttachmentCheck,
  ) {}

  /** `build` gets the command id, from which ids of things the command creates are derived. */
  async run(
    response: Response,
    taskId: string,
    request: CommandRequest,
    build: (commandId: string) => TaskCommand,
    commandId = commandIdOf(request),
  ): Promise<CommandResponse> {
    const command = build(commandId);
    await this.evidence.requireStored(command);
    const result = await this.commandBus.execute(new ExecuteTaskCommand(taskId, command, commandId, request));
    return respondWithResult(response, taskId, result, idsCreatedBy(command));
  }
}

/** Ids of what a command creates, so the client can refer to them next (approve this request, answer that urge). */
function idsCreatedBy(command: TaskCommand): Record<string, string | string[]> | undefined {
  switch (command.type) {
    case 'SubmitWorkPlan':
      return { milestoneIds: command.data.milestones.map((m) => m.milestoneId) };
    case 'IssueUrgeNotice':
      return { urgeId: command.data.urgeId };
    case 'RequestDeadlineExtension':
    case 'RequestCooperation':
      return { requestId: command.data.requestId };
    case 'RecordOutcome':
      return { outcomeId: command.data.outcomeId };
    case 'OpenLookBackReview':
      return { reviewId: command.data.reviewId };
    default:
      return undefined;
  }
}
