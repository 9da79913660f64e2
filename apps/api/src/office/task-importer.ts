/**
 * Imports the year's list into a programme: every row is checked first (against the directory
 * and the codes the programme already holds), and only a list with no problem at all is issued,
 * row by row, through the same command path as POST /api/tasks.
 *
 * "All or nothing" over an event log without cross-stream transactions means: a list with any
 * bad row writes nothing; a failure of the store half-way leaves the rows issued so far, and a
 * retry of the same file issues the rest and adds nothing for those (task and command ids come
 * from the programme and the code, so the command path answers "already done" for them).
 */
import {
  BadRequestException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  DIRECTORY_STREAM_ID,
  DomainError,
  directoryDecider,
  programmeDecider,
  programmeStreamId,
  type Actor,
  type Clock,
} from '@app/supervision';
import {
  EVENT_STORE,
  comparePositions,
  foldStream,
  formatPosition,
  type EventStore,
  type GlobalPosition,
} from '@app/event-store';
import { ExecuteCommand, CLOCK } from '@app/commands';
import { ProjectionAdmin } from '@app/projector';
import {
  checkImport,
  importCommandId,
  importIdOf,
  importedTaskId,
  readTaskSheet,
  WorkbookUnreadable,
  type ImportCheck,
  type PlannedTask,
} from '@app/office';
import { ListTasksQuery } from '../task-queries/list-tasks.query';
import type { ImportReportView, ImportedTaskView } from './task-import.views';

/** How long the import waits for the board to show the log's head before reading the codes the programme holds. */
const BOARD_WAIT_MS = 5_000;
const BOARD_PAGE = 200;

@Injectable()
export class TaskImporter {
  private readonly logger = new Logger('TaskImport');

  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly admin: ProjectionAdmin,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The dry run: the report, nothing written. */
  async check(programmeId: string, file: Buffer): Promise<ImportReportView> {
    const { check, rows } = await this.prepare(programmeId, file);
    return report(
      programmeId,
      file,
      rows,
      check,
      true,
      check.tasks.map((task) => planned(programmeId, task)),
    );
  }

  async import(programmeId: string, file: Buffer, actor: Actor): Promise<ImportReportView> {
    const { check, rows } = await this.prepare(programmeId, file);
    const importId = importIdOf(programmeId, file);
    if (check.problems.length > 0) {
      throw new UnprocessableEntityException({
        code: 'IMPORT_ROWS_INVALID',
        message: `${new Set(check.problems.map((p) => p.row)).size}行不合格，整批未导入：请按报告修改后重新上传`,
        details: { ...report(programmeId, file, rows, check, false, []) },
      });
    }
    const done: ImportedTaskView[] = [];
    let position: GlobalPosition | undefined;
    for (const task of check.tasks) {
      if (task.existingTaskId) {
        done.push({ row: task.row, code: task.code, taskId: task.existingTaskId, outcome: 'exists' });
        continue;
      }
      const taskId = importedTaskId(programmeId, task.code);
      try {
        const request = { actor, correlationId: importId, commandId: importCommandId(programmeId, task.code) };
        const result = await this.commandBus.execute(
          ExecuteCommand.onTask(taskId, issueCommand(programmeId, taskId, task), request),
        );
        if (!position || comparePositions(result.position, position) > 0) position = result.position;
        done.push({ row: task.row, code: task.code, taskId, outcome: result.appendedEvents > 0 ? 'issued' : 'exists' });
      } catch (error) {
        throw this.incomplete(error, importId, task, done, check.tasks.length);
      }
    }
    return {
      ...report(programmeId, file, rows, check, false, done),
      position: position ? formatPosition(position) : null,
    };
  }

  private async prepare(programmeId: string, file: Buffer): Promise<{ check: ImportCheck; rows: number }> {
    const [programme, directory] = await Promise.all([
      foldStream(this.store, programmeStreamId(programmeId), programmeDecider),
      foldStream(this.store, DIRECTORY_STREAM_ID, directoryDecider),
    ]);
    if (programme.state.status === 'not_launched')
      throw new NotFoundException({ code: 'PROGRAMME_NOT_FOUND', message: `没有编号为${programmeId}的督办批次` });
    if (programme.state.status === 'closed')
      throw new UnprocessableEntityException({
        code: 'PROGRAMME_CLOSED',
        message: `督办批次${programmeId}已关闭，不能再导入任务`,
        details: { programmeId },
      });
    const sheet = await readTaskSheet(file).catch((error: unknown) => {
      throw error instanceof WorkbookUnreadable
        ? new BadRequestException({ code: error.code, message: error.message, details: error.details })
        : error;
    });
    const existingCodes = await this.codesHeld(programmeId);
    return {
      check: checkImport(sheet, { directory: directory.state, existingCodes, now: this.clock.now() }),
      rows: sheet.length,
    };
  }

  /** The codes the programme already holds, from the board (through its query), once it shows the log's head. */
  private async codesHeld(programmeId: string): Promise<Map<string, string>> {
    // A board behind the head may miss a task issued a moment ago by POST /api/tasks; imported codes are safe anyway (derived ids).
    await this.admin.waitForPosition(['task-board'], await this.store.headPosition(), BOARD_WAIT_MS);
    const codes = new Map<string, string>();
    for (let page = 1; ; page++) {
      const answer = await this.queryBus.execute(
        new ListTasksQuery({ programmeId }, { sort: 'code', order: 'asc', page, limit: BOARD_PAGE }),
      );
      for (const item of answer.items) if (!codes.has(item.code)) codes.set(item.code, item.id);
      if (page >= answer.pages) return codes;
    }
  }

  private incomplete(
    error: unknown,
    importId: string,
    failed: PlannedTask,
    done: readonly ImportedTaskView[],
    total: number,
  ): HttpException {
    const refused = error instanceof DomainError;
    if (!refused)
      this.logger.error(
        `import ${importId} stopped at row ${failed.row}: ${error instanceof Error ? error.message : String(error)}`,
      );
    return new HttpException(
      {
        code: 'IMPORT_INCOMPLETE',
        message: `导入在第${failed.row}行中断（已处理${done.length}/${total}行）；再次上传同一文件即可补齐其余各行，已导入的不会重复`,
        details: {
          importId,
          failedRow: failed.row,
          failedCode: failed.code,
          processed: done.length,
          total,
          ...(refused ? { cause: error.code } : {}),
        },
      },
      refused ? HttpStatus.CONFLICT : HttpStatus.SERVICE_UNAVAILABLE,
    );
  }
}

function issueCommand(programmeId: string, taskId: string, task: PlannedTask) {
  const { code, title, description, category, leadLeaderId, leadUnitId, coUnitIds, deadline } = task;
  return {
    type: 'IssueTask' as const,
    data: { taskId, programmeId, code, title, description, category, leadLeaderId, leadUnitId, coUnitIds, deadline },
  };
}

function planned(programmeId: string, task: PlannedTask): ImportedTaskView {
  return {
    row: task.row,
    code: task.code,
    taskId: task.existingTaskId ?? importedTaskId(programmeId, task.code),
    outcome: task.existingTaskId ? 'exists' : 'to_issue',
  };
}

function report(
  programmeId: string,
  file: Buffer,
  rows: number,
  check: ImportCheck,
  dryRun: boolean,
  tasks: ImportedTaskView[],
): ImportReportView {
  const count = (outcome: ImportedTaskView['outcome']) => tasks.filter((t) => t.outcome === outcome).length;
  return {
    programmeId,
    importId: importIdOf(programmeId, file),
    dryRun,
    valid: check.problems.length === 0,
    rows,
    toIssue: count('to_issue'),
    issued: count('issued'),
    alreadyPresent: count('exists'),
    problems: check.problems.map((p) => ({ ...p })),
    tasks,
    position: null,
  };
}
