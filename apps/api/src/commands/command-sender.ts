/** Sends a command through the CommandBus and answers its body (the headers come from WritesCommandAnswerHeaders). */
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { DirectoryCommand, ProgrammeCommand, TaskCommand } from '@app/supervision';
import { ExecuteCommand, type IdentifiedRequest } from '@app/commands';
import { commandResponse, type CommandResponse } from '../http/command-response';
import { EvidenceAttachmentCheck } from '../evidence/evidence-attachment-check';

@Injectable()
export class CommandSender {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly evidence: EvidenceAttachmentCheck,
  ) {}

  async toTask(taskId: string, command: TaskCommand, request: IdentifiedRequest): Promise<CommandResponse> {
    // Before the command: a report naming a file never uploaded is refused (422) and nothing is appended.
    await this.evidence.requireStored(command);
    const result = await this.commandBus.execute(ExecuteCommand.onTask(taskId, command, request));
    return commandResponse(taskId, result, idsCreatedBy(command));
  }

  async toProgramme(
    programmeId: string,
    command: ProgrammeCommand,
    request: IdentifiedRequest,
  ): Promise<CommandResponse> {
    return commandResponse(
      programmeId,
      await this.commandBus.execute(ExecuteCommand.onProgramme(programmeId, command, request)),
    );
  }

  /** `id`: the unit or official the command names, answered as the id. */
  async toDirectory(id: string, command: DirectoryCommand, request: IdentifiedRequest): Promise<CommandResponse> {
    return commandResponse(id, await this.commandBus.execute(ExecuteCommand.onDirectory(command, request)));
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
