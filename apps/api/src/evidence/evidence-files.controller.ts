/**
 * Evidence files (佐证材料): upload the bytes first, then name them in a report's attachments;
 * download them from the task that records them, in the task's read scope.
 */
import { pipeline } from 'node:stream/promises';
import {
  Controller,
  Get,
  Inject,
  Logger,
  NotFoundException,
  Post,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  DEFAULT_EVIDENCE_MEDIA_TYPES,
  EVIDENCE_FILE_STORE,
  type EvidenceFileStore,
  type EvidenceSettings,
} from '@app/evidence';
import { EVENT_STORE, foldStream, type EventStore } from '@app/event-store';
import { isIssued, taskDecider, taskStreamId } from '@app/supervision';
import { ApiRoute } from '../http/api-route';
import { IdParam } from '../http/id-param';
import { EVIDENCE_SETTINGS, requireEvidenceFile, type UploadedEvidencePart } from './evidence-upload';
import { EvidenceFileView } from './evidence.views';
import { FileTooLargeInterceptor } from './file-too-large.interceptor';
import { Sha256Param } from './sha256-param';

const UPLOAD_EXAMPLE = {
  sha256: '3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5',
  name: '完成情况报告.pdf',
  mediaType: 'application/pdf',
  size: 48213,
  created: true,
};

@ApiTags('evidence files')
@Controller()
export class EvidenceFilesController {
  private readonly logger = new Logger(EvidenceFilesController.name);

  constructor(
    @Inject(EVIDENCE_FILE_STORE) private readonly files: EvidenceFileStore,
    @Inject(EVIDENCE_SETTINGS) private readonly settings: EvidenceSettings,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post('api/files')
  // multer's limits (the size from EVIDENCE_MAX_BYTES) come from the MulterModule the AppModule registers.
  // Outermost first: multer's own 413 comes out of FileInterceptor as the documented FILE_TOO_LARGE.
  @UseInterceptors(FileTooLargeInterceptor, FileInterceptor('file'))
  @ApiRoute({
    parties: ['anyUnit', 'anyLeader'],
    ok: {
      status: 201,
      type: EvidenceFileView,
      description: 'stored: give sha256, name, mediaType and size in a report’s attachments',
      example: UPLOAD_EXAMPLE,
    },
    answers: {
      413: 'the file is larger than EVIDENCE_MAX_BYTES (default 20 MiB) (FILE_TOO_LARGE, details.maxBytes)',
      415: 'not multipart/form-data (UNSUPPORTED_MEDIA_TYPE), or the bytes are not of a type EVIDENCE_MEDIA_TYPES allows (UNSUPPORTED_FILE_TYPE, details.detected and details.allowed)',
    },
    summary: 'Upload an evidence file (佐证材料上传) for a report — a unit member or a leader',
    description: [
      'multipart/form-data with the file in the field "file". The type is read from the bytes (a PDF, an Office document, an image by default: EVIDENCE_MEDIA_TYPES), never from the name or the declared type; the size is at most EVIDENCE_MAX_BYTES.',
      'The bytes are stored under their SHA-256, outside the event log; the same bytes twice are stored once (200, created false). Then name the file in a report’s attachments (progress, outcomes, completion report, rectification): the event records name, media type, size and SHA-256, and GET /api/audit/verify checks the stored bytes against it.',
    ].join('\n\n'),
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'the file: PDF, Office document or image' },
      },
    },
  })
  @ApiOkResponse({
    type: EvidenceFileView,
    description: 'these bytes were already stored: the same answer, created false',
    example: { ...UPLOAD_EXAMPLE, created: false },
  })
  async upload(
    @UploadedFile() file: UploadedEvidencePart | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EvidenceFileView> {
    const accepted = await requireEvidenceFile(request, file, this.settings);
    const stored = await this.files.put(accepted.bytes, accepted.mediaType);
    response.status(stored.created ? 201 : 200);
    return {
      sha256: stored.sha256,
      name: accepted.name,
      mediaType: stored.mediaType,
      size: stored.size,
      created: stored.created,
    };
  }

  @Get('api/tasks/:taskId/files/:sha256')
  @ApiRoute({
    parties: ['supervisor', 'leadUnit', 'coUnit', 'anyLeader', 'auditor', 'reader', 'admin'],
    ok: {
      description: 'the file’s bytes, with its media type and its name (Content-Disposition)',
      // Each type the default EVIDENCE_MEDIA_TYPES takes: the answer is the file's own type, as recorded.
      content: Object.fromEntries(
        DEFAULT_EVIDENCE_MEDIA_TYPES.map((type) => [
          type,
          { schema: { type: 'string', format: 'binary', description: 'the file’s bytes' } },
        ]),
      ),
      headers: {
        'Content-Disposition': {
          description: "attachment; filename*=UTF-8''<the name the report gave>",
          schema: { type: 'string' },
        },
      },
    },
    answers: {
      404: 'no such task (TASK_NOT_FOUND), or no act of the task attached this file (EVIDENCE_FILE_NOT_FOUND), or the store lost it (EVIDENCE_FILE_MISSING: GET /api/audit/verify names it)',
    },
    summary: 'Download an evidence file of a task (佐证材料下载)',
    description:
      'A file a report of this task attached (the task’s detail lists them under evidenceFiles). The same scope as the detail: a unit member downloads only from a task their unit leads or co-operates on. The file must be attached to this task: a hash alone opens nothing.',
  })
  async download(
    @IdParam('taskId') taskId: string,
    @Sha256Param() sha256: string,
    @Res() response: Response,
  ): Promise<void> {
    // The stream, not a read model: a file just attached downloads at once, and no lagging projection widens the scope.
    const { state } = await foldStream(this.store, taskStreamId(taskId), taskDecider);
    if (!isIssued(state)) throw new NotFoundException({ code: 'TASK_NOT_FOUND', message: `no task ${taskId}` });
    const attached = [...(state.evidenceFiles ?? [])].reverse().find((file) => file.sha256 === sha256);
    if (!attached)
      throw new NotFoundException({
        code: 'EVIDENCE_FILE_NOT_FOUND',
        message: `task ${state.code} has no attachment ${sha256}`,
      });
    const file = await this.files.open(sha256);
    if (!file)
      throw new NotFoundException({
        code: 'EVIDENCE_FILE_MISSING',
        message: `附件“${attached.name}”已登记但存储中缺失（${sha256}）：请联系运维并运行核验`,
      });
    const ascii = attached.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    response.status(200);
    response.setHeader('Content-Type', attached.mediaType);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attached.name)}`,
    );
    // Streamed from the store (a bucket's object is never held whole); a store failing mid-file cuts the answer short,
    // which the client sees as a broken download, not as a complete file.
    await pipeline(file.stream, response).catch((error: unknown) => {
      this.logger.error(`evidence file ${sha256} of task ${state.code} broke off: ${String(error)}`);
      response.destroy();
    });
  }
}
