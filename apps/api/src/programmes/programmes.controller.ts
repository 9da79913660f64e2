/** Launching and closing a programme (督办批次). */
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { CommandMeta } from '../http/command-meta.decorator';
import { newIdFor, type IdentifiedRequest } from '@app/commands';
import { CommandSender } from '../commands/command-sender';
import { CommandRoute } from '../http/api-route';
import { IdParam } from '../http/id-param';
import { IsCalendarDate, IsEntityId, IsText } from '../http/validation/validators';
import { CommandingRolesOnly } from '../auth/commanding-roles';

export class LaunchProgrammeDto {
  @IsEntityId('programme id; generated when absent', true)
  programmeId?: string;
  @IsText('title, e.g. 最高检党组2022年重点督办任务', 200)
  title: string;
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2100, description: 'the year it is for', example: 2022 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
  @IsCalendarDate('the meeting that issued it')
  issuedOn: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10000, description: 'how many tasks it plans', example: 68 })
  @IsInt()
  @Min(1)
  @Max(10000)
  plannedTaskCount: number;
}

export class CloseProgrammeDto {
  @IsText('annual summary (完成情况)', 10000)
  summary: string;
}

@ApiTags('programme commands')
// The floor for a route that forgets its own parties: no auditor, reader or admin reaches a command.
@CommandingRolesOnly()
@Controller('api/programmes')
export class ProgrammesController {
  constructor(private readonly commands: CommandSender) {}

  @Post()
  @CommandRoute({
    summary: 'Launch a programme — supervisor',
    description:
      'Opens a programme (督办批次) of the year, e.g. 最高检党组2022年重点督办任务, that tasks are issued under. The id is yours to give or derived from the Idempotency-Key. Answers 201 with Location: /api/programmes/{programmeId}.',
    parties: ['supervisor'],
    creates: 'the programme',
    locatedAt: '/api/programmes/{programmeId}',
    conflicts: 'PROGRAMME_ALREADY_LAUNCHED',
  })
  launch(@Body() body: LaunchProgrammeDto, @CommandMeta() meta: IdentifiedRequest) {
    const { programmeId: givenId, ...data } = body;
    const programmeId = givenId ?? newIdFor(meta.commandId, 'programme');
    return this.commands.toProgramme(programmeId, { type: 'LaunchProgramme', data: { programmeId, ...data } }, meta);
  }

  @Post(':programmeId/close')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Close a programme with its annual summary — supervisor',
    description:
      'Closes the programme at the end of its year with the annual summary (完成情况); no task is issued under it afterwards.',
    parties: ['supervisor'],
    notFound: 'no such programme (PROGRAMME_NOT_FOUND)',
    conflicts: 'e.g. already closed',
  })
  close(
    @IdParam('programmeId') programmeId: string,
    @Body() body: CloseProgrammeDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toProgramme(
      programmeId,
      { type: 'CloseProgramme', data: { programmeId, summary: body.summary } },
      meta,
    );
  }
}
