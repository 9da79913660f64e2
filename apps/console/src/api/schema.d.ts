/* Generated from the API's OpenAPI document by apps/console/scripts/generate-api-types.mjs (npm run console:api). Do not edit. */
export interface paths {
    "/api/audit/board/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole board and the programme figures as they stood at a time or log position, replayed in memory (not the live read models) — auditor */
        get: operations["AuditAsOfController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A digest of the whole log up to a position (default and at most: the head), to keep outside the system with the position it answers — auditor */
        get: operations["AuditIntegrityController_digest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The global log in order, streamed, each event with its metadata and hashes — auditor */
        get: operations["AuditHistoryController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A self-describing export (manifest with format version, range, count and digests; every event with its hashes) that `npm run audit:verify -- --file` checks offline — auditor */
        get: operations["AuditIntegrityController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ledger’s public signing keys with their validity — auditor
         * @description Every key the ledger has signed export manifests, digests and seals with, oldest first: its id (SHA-256 of the public key), algorithm, the public key (PEM, for `npm run audit:verify -- --public-key <file>`) and when it was valid (validUntil null: the key in use now). Keep a copy outside the system: a key fetched later proves only what the operators publish then.
         */
        get: operations["AuditKeysController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 台账 as it stood at a past time or log position, as an .xlsx — auditor
         * @description The board replayed from the log up to the point (as GET /api/audit/board/as-of does, not from the read models), with the lights, overdue and stale for that moment, each task’s latest report and open urges from the same replay, and unit and leader names from the directory as it stood then; the same columns as GET /api/ledger/export, sorted by programme and code. Streamed row by row.
         */
        get: operations["LedgerExportController_asOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/seals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The seals of the log, latest first — auditor
         * @description Every N events or M minutes (SEAL_EVERY_EVENTS, SEAL_EVERY_MINUTES) the ledger records a seal: the position of the last event covered, the count, the rolling digest of the log up to it, the time, and the ledger’s signature (GET /api/audit/keys has the key). The same seal goes to the configured witnesses. Verify the log against one with `GET /api/audit/verify?digest=<digest>&position=<position>` or `npm run audit:verify -- --seal <file> --public-key <file>`.
         */
        get: operations["AuditSealsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/tasks/{taskId}/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task as it stood at a time, a revision or a log position, with its flags then — auditor */
        get: operations["AuditAsOfController_task"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/tasks/{taskId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task’s history, streamed, with the same filters — auditor */
        get: operations["AuditHistoryController_taskHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute every stream’s hash chain and name the first broken link; with digest and position, prove the log up to it is unchanged — auditor */
        get: operations["AuditIntegrityController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per lead leader (分管院领导): the tasks they lead, counted as the board counts them */
        get: operations["DashboardsController_leaders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/programmes/{programmeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A programme: tasks by status and light, overdue, stale, on-time completion rate (by the original deadline) */
        get: operations["DashboardsController_programme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per unit: the tasks it leads or co-operates on, counted as the board counts them */
        get: operations["DashboardsController_units"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demo/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in as a demo user: a bearer token for it (demo mode only)
         * @description No password: the demo’s users are public. Answers 404 DEMO_MODE_OFF outside demo mode, before the body is looked at.
         */
        post: operations["DemoSignInController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demo/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The demo users the console’s sign-in page lists (demo mode only)
         * @description The embedded demo’s users, one per role. Answers 404 DEMO_MODE_OFF outside demo mode (production, or SEED_DEMO=false).
         */
        get: operations["DemoSignInController_users"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 台账 as an .xlsx, with any of the board’s filters — any role
         * @description Every task the board would list for these filters (GET /api/tasks, same parameters and rules, no page: all of them), in the board’s sort, one row each: 序号, 编号, 任务名称, 类别, 状态, 牵头领导, 牵头单位, 配合单位, 现行完成时限, 原定完成时限, 最新进度(%), 最新进展 (empty here: the board row has the percentage only; the audit export fills it), 未复催办, 灯色 (the cell filled green, yellow or red), 逾期, 超期未报, 立项时间, 办结时间 (Beijing time). Above the headers: the title, 截至 <the moment the lights are as of> and the filter. Streamed row by row (a page of the board at a time), so memory stays flat; rows are read page by page, so a task changed during a long export may show its state at a slightly later moment.
         */
        get: operations["LedgerExportController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/officials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The officials, by title, with their unit, by id
         * @description The ids to send as a task's `leadLeaderId` (kinds `leader` and `committee_member` may lead tasks). Filter by `unit` and `kind`, search with `q` (in the title or id, Chinese included, taken literally). Paged like the board: `page` from 1, `limit` 1 to 200 (default 50); the answer carries `total`, `page`, `limit` and `pages`. A bad or unknown parameter is a 400 that names it.
         */
        get: operations["DirectoryQueriesController_officials"];
        put?: never;
        /** Register an official, by title — supervisor */
        post: operations["DirectoryController_registerOfficial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/officials/{officialId}/unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign an official to a unit — supervisor */
        post: operations["DirectoryController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programmes (督办批次), newest year first
         * @description Every launched programme with its title, year, meeting date, planned task count and status (督办中 / 已结束), from the organisation read model. Filter by `year` and `status`. Paged like the board: `page` from 1, `limit` 1 to 200 (default 50); the answer carries `total`, `page`, `limit` and `pages`. A bad or unknown parameter is a 400 that names it. The demo has `spp-current` (this year's, dated around the day the ledger was first seeded) and `spp-2022` (history).
         */
        get: operations["DirectoryQueriesController_programmes"];
        put?: never;
        /** Launch a programme — supervisor */
        post: operations["ProgrammesController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{programmeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One programme (督办批次)
         * @description The programme as the organisation read model knows it; its tasks are on the board (`GET /api/tasks?programme={id}`) and its figures on `GET /api/dashboards/programmes/{id}`. A malformed id is a 400 (BAD_ID), an unknown one a 404 (PROGRAMME_NOT_FOUND).
         */
        get: operations["DirectoryQueriesController_programme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{programmeId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a programme with its annual summary — supervisor */
        post: operations["ProgrammesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{programmeId}/reports/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A programme’s monthly, quarterly or yearly report — any role
         * @description Counted by replaying the task streams of the log up to the period’s end (Beijing time), so a past period’s report is the same whenever it is asked for (acts recorded later with an earlier date, as an import of history does, are the one exception). Per period: tasks issued, completions accepted, of those on time by the ORIGINAL deadline, tasks overdue when it ended, urges, extensions granted, completions returned; for the programme, each lead unit and each leader in charge (each act counted for whoever was responsible when it happened), with the period before, the change and a ranking. A period not over yet is reported as of now (final: false).
         */
        get: operations["PeriodReportsController_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{programmeId}/reports/{period}/workbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same report as an .xlsx — any role
         * @description Counted by replaying the task streams of the log up to the period’s end (Beijing time), so a past period’s report is the same whenever it is asked for (acts recorded later with an earlier date, as an import of history does, are the one exception). Per period: tasks issued, completions accepted, of those on time by the ORIGINAL deadline, tasks overdue when it ended, urges, extensions granted, completions returned; for the programme, each lead unit and each leader in charge (each act counted for whoever was responsible when it happened), with the period before, the change and a ranking. A period not over yet is reported as of now (final: false). Sheets: 汇总 (the programme, with the period before and the change), 按单位 and 按领导 (ranked).
         */
        get: operations["PeriodReportsController_workbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{programmeId}/task-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the year’s list from a workbook into a programme — supervisor
         * @description Upload an .xlsx in the template’s shape (multipart/form-data, field "file", at most 5 MiB). Units and leaders may be given by id or by their name in the directory when exactly one carries it.
         *
         *     Every row is checked before anything is written: required cells, lengths, dates (2022-12-31, 2022/12/31, 2022年12月31日 or a date cell; not before today), units and leaders known and unambiguous, a leader who may lead tasks, a code not twice in the file, co-units distinct and not the lead unit, milestones written 名称@日期 not after the deadline (they become requirements in the description: the lead unit sets milestones with its work plan).
         *
         *     With ?dryRun=true the answer is the report (200) and nothing is written. Otherwise a list with any problem is refused whole (422 IMPORT_ROWS_INVALID, the report in details); a valid one issues each row through the IssueTask command path (201), all events carrying the import’s correlation id.
         *
         *     Idempotent by code: a row whose code the programme already holds is left as it is (outcome exists), so the same file twice adds nothing. Task and command ids are derived from the programme and the code, so if the store fails half-way (503 IMPORT_INCOMPLETE; the rows before it stay issued: an event log has no transaction across streams), uploading the same file again issues the rest and nothing twice.
         */
        post: operations["TaskImportController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each read model’s checkpoint, the log head and the lag */
        get: operations["ProjectionsController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projections/{name}/checksum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checksum of a read model; with ?fresh=true (admin, auditor) also of a scratch rebuild up to the same position */
        get: operations["ProjectionOperationsController_checksum"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projections/{name}/parked/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replay the parked events of a read model (after the fix), stream by stream, in stream order */
        post: operations["ProjectionOperationsController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild a read model from the log into new tables while the live one keeps serving, then swap them in */
        post: operations["ProjectionOperationsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projections/parked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parked (poison) events waiting for a replay, oldest first */
        get: operations["ProjectionOperationsController_parked"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task-imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The import template (.xlsx) — supervisor
         * @description An empty workbook with the sheet 督办任务 and the Chinese headers the import reads (编号, 任务名称, 任务描述, 类别, 牵头领导, 牵头单位, 配合单位, 完成时限, 里程碑), each with a note on how to fill it in (required ones in red), and a sheet 填写说明. Fill in one task a row from row 2 and upload it with POST /api/programmes/{programmeId}/task-imports.
         */
        get: operations["TaskImportController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board (督办台账): filter, search (Chinese included), sort and page the tasks */
        get: operations["TaskQueriesController_list"];
        put?: never;
        /** Issue a task (立项交办) — supervisor */
        post: operations["TaskLifecycleController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task in full, with the commands the caller may send on it (allowedCommands); the ETag is its stream revision (send it as If-Match with a command, or If-None-Match for a 304) */
        get: operations["TaskQueriesController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the completion (办结) — supervisor */
        post: operations["TaskLifecycleController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge the task (签收) — lead unit */
        post: operations["TaskLifecycleController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the task (撤销), for good — supervisor */
        post: operations["TaskLifecycleController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/completion-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report completion (完成情况汇报); needs every co-unit’s countersign — lead unit */
        post: operations["TaskWorkController_reportCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/cooperation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a unit to co-operate or pass on leads (协作配合, 线索移送) — lead unit */
        post: operations["TaskWorkController_requestCooperation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/cooperation-requests/{requestId}/provide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a co-operation request — the unit asked */
        post: operations["TaskWorkController_provideCooperation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/countersign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Countersign the completion (会签) — each co-unit */
        post: operations["TaskWorkController_countersign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/extension-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a later deadline, before the deadline (申请延期) — lead unit */
        post: operations["TaskWorkController_requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/extension-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant the extension — supervisor */
        post: operations["TaskWorkController_approveExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/extension-requests/{requestId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse the extension — supervisor */
        post: operations["TaskWorkController_rejectExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/instructions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an instruction (批示) — the task’s leader */
        post: operations["TaskWorkController_recordInstruction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/look-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a look-back review (回头看) — supervisor */
        post: operations["TaskLifecycleController_openLookBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/look-back/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the look-back review — supervisor */
        post: operations["TaskLifecycleController_closeLookBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/milestones/{milestoneId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a milestone — lead unit */
        post: operations["TaskWorkController_completeMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an outcome: a typical case, a rule, a system built (成果) — lead unit */
        post: operations["TaskWorkController_recordOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the work plan with milestones (工作打算) — lead unit or its leader */
        post: operations["TaskWorkController_submitPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress (进展汇报), optionally answering an urge — lead unit, its leader or a co-unit */
        post: operations["TaskWorkController_reportProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate a completed task (评价) — supervisor */
        post: operations["TaskLifecycleController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reassign responsibility (改派) — supervisor */
        post: operations["TaskLifecycleController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report rectification during a look-back (整改) — lead unit */
        post: operations["TaskLifecycleController_reportRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a suspended task — supervisor */
        post: operations["TaskLifecycleController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return the completion for more work (退回重办) — supervisor */
        post: operations["TaskLifecycleController_returnCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a misrouted task back (退回) — lead unit */
        post: operations["TaskLifecycleController_sendBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend the task (中止) — supervisor */
        post: operations["TaskLifecycleController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task’s history: one entry per event, with a Chinese label, a short sentence, the actor and the time */
        get: operations["TaskQueriesController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Urge the task (催办) — supervisor */
        post: operations["TaskWorkController_urge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The units (内设机构, procuratorates, institutions), by id
         * @description The ids to send as a task's `leadUnitId` and `coUnitIds`, with their names and kinds. Filter by `kind`, search with `q` (in the name or id, Chinese included, taken literally). Paged like the board: `page` from 1, `limit` 1 to 200 (default 50); the answer carries `total`, `page`, `limit` and `pages`. A bad or unknown parameter is a 400 that names it.
         */
        get: operations["DirectoryQueriesController_units"];
        put?: never;
        /** Register a unit (内设机构 or procuratorate) — supervisor */
        post: operations["DirectoryController_registerUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and readiness: the event store and the database are reachable */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptanceView: {
            acceptedAt: string;
            comment: string | null;
        };
        AssignOfficialDto: {
            /**
             * @description the unit
             * @example unit-9
             */
            unitId: string;
        };
        BoardAsOfDto: {
            eventsReplayed: number;
            flagsAt: string;
            /** @description rows: taskId, programmeId, code, title, category, status, leader, units, deadline, originalDeadline, light, overdue, stale, completedAt, completedOnTime, revision, updatedAt */
            items: Record<string, never>[];
            limit: number;
            offset: number;
            programmes: components["schemas"]["ProgrammeFiguresDto"][];
            total: number;
        };
        BoardItemView: {
            /** @example 未成年人检察 */
            category: string;
            /** @example 2022-07 */
            code: string;
            completedAt?: string | null;
            coUnits: components["schemas"]["NamedRef"][];
            /**
             * @description deadline in force
             * @example 2026-12-31
             */
            deadline: string;
            /** @description as of now, by the same rule as the detail and the dashboards */
            flags: components["schemas"]["TaskFlagsView"];
            id: string;
            issuedAt: string;
            leader: components["schemas"]["NamedRef"];
            leadUnit: components["schemas"]["NamedRef"];
            openUrges: number;
            /** @description deadline at issue (what on-time completion is measured by) */
            originalDeadline: string;
            programme: components["schemas"]["NamedRef"];
            progressPercent?: number | null;
            /** @description stream revision the row reflects */
            revision: number;
            /** @example in_progress */
            status: string;
            /** @example 办理中 */
            statusLabel: string;
            /** @example 规范推进未成年人检察业务统一集中办理 */
            title: string;
            updatedAt: string;
        };
        BoardPageView: {
            items: components["schemas"]["BoardItemView"][];
            limit: number;
            page: number;
            pages: number;
            total: number;
        };
        CancellationView: {
            cancelledAt: string;
            reason: string;
        };
        ChainBreakDto: {
            eventId: string | null;
            /** @description the stored hash (hash_mismatch), the previous event’s hash (prev_hash_mismatch), or the revision expected */
            expected: string;
            /** @description what the content hashes to now, the prevHash found, or the revision found */
            found: string;
            /** @enum {string} */
            kind: "hash_mismatch" | "prev_hash_mismatch" | "revision_gap" | "missing_hash" | "missing_tail" | "unknown_chain_version" | "chain_downgrade";
            message: string;
            /** @example 812-45 */
            position: string | null;
            /** @description the revision where the chain breaks (for a gap: the one found after the missing ones) */
            revision: number;
            /** @example task-2c7… */
            streamId: string;
        };
        ChecksumComparisonView: {
            /**
             * @description SHA-256 over the read model’s rows in a fixed order
             * @example 9f86d08…
             */
            checksum: string;
            /** @description with ?fresh=true: the checksum of a scratch rebuild from the log up to the same position */
            fresh?: components["schemas"]["ChecksumView"];
            /** @description with ?fresh=true: true when the live read model equals the scratch rebuild */
            matches?: boolean;
            /**
             * @description the log position the rows reflect
             * @example 812-45
             */
            position: string;
            /** @example task-board */
            projection: string;
            /** @description rows checksummed */
            rows: number;
        };
        ChecksumView: {
            /**
             * @description SHA-256 over the read model’s rows in a fixed order
             * @example 9f86d08…
             */
            checksum: string;
            /**
             * @description the log position the rows reflect
             * @example 812-45
             */
            position: string;
            /** @example task-board */
            projection: string;
            /** @description rows checksummed */
            rows: number;
        };
        CloseLookBackReviewDto: {
            /** @description conclusion */
            conclusion: string;
        };
        CloseProgrammeDto: {
            /** @description annual summary (完成情况) */
            summary: string;
        };
        CommandResponse: {
            /** @description events appended by this call (0 for a retried Idempotency-Key) */
            appendedEvents: number;
            /** @description ids of what the command created (milestones, urge, extension or co-operation request, outcome, review) */
            created?: Record<string, never>;
            /** @description id of the task, programme, unit or official the command acted on */
            id: string;
            /**
             * @description global log position reached; send it as X-Min-Position to read your write
             * @example 812-45
             */
            position: string;
            /** @description true when this Idempotency-Key was already handled and the first result is returned */
            replayed: boolean;
            /**
             * @description stream revision after the command; send it back as If-Match
             * @example 3
             */
            revision: number;
            /** @example task-2c7… */
            streamId: string;
        };
        CompletionReportView: {
            outcomeIds: string[];
            reportedAt: string;
            summary: string;
        };
        CompletionReturnView: {
            reason: string;
            returnedAt: string;
        };
        CooperationView: {
            from: components["schemas"]["NamedRef"];
            fromUnitId: string;
            providedAt: string | null;
            requestedAt: string;
            requestedBy: components["schemas"]["NamedRef"];
            requestedByUnitId: string;
            requestId: string;
            response: string | null;
            /** @example 请移送相关线索 */
            subject: string;
        };
        CoUnitProgressView: {
            /** @description the urge this report answers */
            answersUrgeId: string | null;
            /** @example 30 */
            percent: number;
            reportedAt: string;
            reportedBy: components["schemas"]["ReporterView"];
            /** @example 指引起草中 */
            summary: string;
            unit: components["schemas"]["NamedRef"];
        };
        CountersignView: {
            /** @example 同意 */
            comment: string | null;
            countersignedAt: string;
            unit: components["schemas"]["NamedRef"];
        };
        DashboardCountsView: {
            /** @description tasks by traffic light as of now, every light (0 when none) */
            byLight: {
                green: number;
                none: number;
                red: number;
                yellow: number;
            };
            /** @description tasks by status, every status (0 when none) */
            byStatus: {
                acknowledged: number;
                cancelled: number;
                completed: number;
                completion_reported: number;
                in_progress: number;
                issued: number;
                sent_back: number;
                suspended: number;
                under_review: number;
            };
            /** @description accepted (办结), including those under look-back review */
            completed: number;
            /** @description accepted on or before the ORIGINAL deadline */
            completedOnTime: number;
            /** @description completedOnTime / completed, 4 decimals; null when nothing is completed */
            onTimeRate?: number | null;
            overdue: number;
            stale: number;
            total: number;
        };
        DemoSignInDto: {
            /**
             * @description one of the demo users
             * @example supervisor
             * @enum {string}
             */
            user: "supervisor" | "leader" | "unit" | "co-unit" | "auditor" | "reader" | "admin";
        };
        DemoTokenView: {
            /**
             * @description how long the token is valid
             * @example 12h
             */
            expiresIn: string;
            /** @description a bearer token for the user, signed with the local secret */
            token: string;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["DemoUserView"];
        };
        DemoUsersView: {
            users: components["schemas"]["DemoUserView"][];
        };
        DemoUserView: {
            /** @example issues, urges, accepts, returns, reviews, cancels */
            description: string;
            /** @example 督办办公室 */
            name: string;
            /**
             * @example supervisor
             * @enum {string}
             */
            role: "supervisor" | "leader" | "unit" | "auditor" | "reader" | "admin";
            /**
             * @description the unit of a unit member
             * @example dept-9
             */
            unitId?: string | null;
            /**
             * @description the name to sign in with (as with `npm run token -- <user>`)
             * @example supervisor
             * @enum {string}
             */
            user: "supervisor" | "leader" | "unit" | "co-unit" | "auditor" | "reader" | "admin";
            /**
             * @description the token’s subject
             * @example duban-office
             */
            userId: string;
        };
        DigestAnswerDto: {
            /** @example sha256-rolling-v1 */
            algorithm: string;
            count: number;
            /** @description keep this, with the position, outside the system */
            digest: string;
            lastEventPosition: string | null;
            /**
             * @description the position covered, to keep with the digest: the last event at or before the one asked (or the head); the one asked when no event precedes it
             * @example 812-45
             */
            position: string;
            /** @description the ledger’s signature over { algorithm, position, count, digest }: kept with them, it proves the ledger itself gave this digest */
            signature: components["schemas"]["LedgerSignatureDto"];
        };
        DigestCheckDto: {
            actual: string;
            count: number;
            expected: string;
            matches: boolean;
            position: string;
        };
        EmptyDto: Record<string, never>;
        ExtensionRequestView: {
            currentDeadline: string;
            decidedAt: string | null;
            /** @enum {string} */
            decision: "open" | "approved" | "rejected";
            reason: string;
            rejectionReason: string | null;
            requestedAt: string;
            /** @example 2027-03-31 */
            requestedDeadline: string;
            requestId: string;
        };
        GroupDashboardItemView: {
            counts: components["schemas"]["DashboardCountsView"];
            /** @description the unit (lead or co-unit) or the lead leader */
            subject: components["schemas"]["NamedRef"];
        };
        GroupDashboardView: {
            asOf: string;
            items: components["schemas"]["GroupDashboardItemView"][];
            programmeId?: string | null;
        };
        ImportedTaskView: {
            /** @example 2022-07 */
            code: string;
            /**
             * @description to_issue (dry run), issued now, or exists (the programme already held this code: left as it was)
             * @enum {string}
             */
            outcome: "to_issue" | "issued" | "exists";
            /** @example 2 */
            row: number;
            /**
             * @description the task the row is (or would be) issued as; derived from the programme and the code
             * @example task-4b1e0c2a-93f1-5d8e-8a7c-1f2e3d4c5b6a
             */
            taskId: string;
        };
        ImportReportView: {
            /**
             * @description rows whose code the programme already held: nothing issued for them
             * @example 0
             */
            alreadyPresent: number;
            /** @description true for ?dryRun=true: nothing was written */
            dryRun: boolean;
            /**
             * @description the correlation id of every event this file causes in this programme (the same file, the same id)
             * @example import-0f1e2d3c-4b5a-5968-8776-a5b4c3d2e1f0
             */
            importId: string;
            /**
             * @description tasks issued by this call
             * @example 68
             */
            issued: number;
            /**
             * @description the log position the import reached; send it as X-Min-Position to see the tasks on the board (null for a dry run)
             * @example 812-45
             */
            position?: string | null;
            /** @description every problem found, by row and column; empty when valid */
            problems: components["schemas"]["RowProblemView"][];
            /** @example spp-2022 */
            programmeId: string;
            /**
             * @description task rows read (empty rows skipped)
             * @example 68
             */
            rows: number;
            /** @description each valid row and what became of it */
            tasks: components["schemas"]["ImportedTaskView"][];
            /**
             * @description rows a real run would issue (dry run only; 0 otherwise)
             * @example 68
             */
            toIssue: number;
            /** @description no row has a problem */
            valid: boolean;
        };
        InstructionView: {
            leader: components["schemas"]["NamedRef"];
            leaderId: string;
            recordedAt: string;
            /** @example 要抓好统一集中办理的规范化。 */
            text: string;
        };
        IssueTaskDto: {
            /** @description line of work, e.g. 未成年人检察 */
            category: string;
            /** @description code within the programme, e.g. 2022-07 */
            code: string;
            /** @description co-operating units (配合单位) */
            coUnitIds: string[];
            /**
             * Format: date
             * @description deadline (办结时限)
             * @example 2022-12-31
             */
            deadline: string;
            /** @description description */
            description: string;
            /**
             * @description the leader in charge (分管院领导)
             * @example unit-9
             */
            leadLeaderId: string;
            /**
             * @description the lead unit (牵头单位)
             * @example unit-9
             */
            leadUnitId: string;
            /**
             * @description the programme (督办批次) the task belongs to
             * @example unit-9
             */
            programmeId: string;
            /**
             * @description task id; generated when absent (from the Idempotency-Key when one is sent)
             * @example unit-9
             */
            taskId?: string;
            /** @description title */
            title: string;
        };
        IssueUrgeNoticeDto: {
            /** @description why the task is urged (催办事由) */
            reason: string;
            /**
             * Format: date
             * @description reply due by
             * @example 2022-12-31
             */
            replyDueOn: string;
        };
        LaunchProgrammeDto: {
            /**
             * Format: date
             * @description the meeting that issued it
             * @example 2022-12-31
             */
            issuedOn: string;
            /** @example 68 */
            plannedTaskCount: number;
            /**
             * @description programme id; generated when absent
             * @example unit-9
             */
            programmeId?: string;
            /** @description title, e.g. 最高检党组2022年重点督办任务 */
            title: string;
            /** @example 2022 */
            year: number;
        };
        LedgerSignatureDto: {
            /** @enum {string} */
            algorithm: "ed25519";
            /** @description SHA-256 of the signing public key (SPKI DER), hex: GET /api/audit/keys lists it */
            keyId: string;
            /** @description base64 signature over the RFC 8785 form of the object it sits in, without this field */
            value: string;
        };
        LogDigestDto: {
            /** @example sha256-rolling-v1 */
            algorithm: string;
            count: number;
            /** @description 64 hex characters */
            digest: string;
            /**
             * @description position of the last event included
             * @example 812-45
             */
            position: string;
        };
        LookBackReviewView: {
            closedAt: string | null;
            conclusion: string | null;
            findings: string;
            openedAt: string;
            rectifications: components["schemas"]["RectificationView"][];
            reviewId: string;
        };
        MilestoneDto: {
            /**
             * Format: date
             * @description due date
             * @example 2022-12-31
             */
            dueOn: string;
            /** @description milestone */
            title: string;
        };
        MilestoneView: {
            completedAt: string | null;
            /** @example 2026-05-31 */
            dueOn: string;
            milestoneId: string;
            /** @example 工作指引 */
            title: string;
        };
        MissedDeadlineView: {
            deadline: string;
            recordedAt: string;
        };
        NamedRef: {
            /** @example dept-9 */
            id: string;
            /**
             * @description null when the directory does not know the id
             * @example 第九检察厅
             */
            name: string | null;
        };
        OfficeErrorView: {
            /**
             * @description stable machine-readable code
             * @example IMPORT_ROWS_INVALID
             */
            code: string;
            /** @description IMPORT_ROWS_INVALID: the whole ImportReportView (problems by row and column); IMPORT_INCOMPLETE: importId, failedRow, failedCode, processed, total; MISSING_COLUMNS: missing */
            details?: {
                [key: string]: unknown;
            };
            /** @example UNPROCESSABLE_ENTITY */
            error: string;
            /** @example 3行不合格，整批未导入：请按报告修改后重新上传 */
            message: string;
            /** @example 422 */
            statusCode: number;
        };
        OfficialPageView: {
            items: components["schemas"]["OfficialView"][];
            limit: number;
            page: number;
            pages: number;
            total: number;
        };
        OfficialView: {
            /**
             * @description the id a task names as its lead leader (leadLeaderId)
             * @example leader-juvenile
             */
            id: string;
            /**
             * @description leader and committee_member may lead tasks
             * @enum {string}
             */
            kind: "leader" | "committee_member" | "staff";
            /** @example 院领导 */
            kindLabel: string;
            /** @example 2022-01-20T02:00:00.000Z */
            registeredAt: string;
            /**
             * @description a title, never a person’s name
             * @example 分管未成年人检察的院领导
             */
            title: string;
            /** @description the unit the official belongs to, if any */
            unit: components["schemas"]["NamedRef"] | null;
        };
        OpenLookBackReviewDto: {
            /** @description findings (回头看发现的问题) */
            findings: string;
        };
        OptionalCommentDto: {
            /** @description comment */
            comment?: string;
        };
        OutcomeView: {
            description: string | null;
            /** @enum {string} */
            kind: "typical_case" | "rule" | "system" | "report" | "other";
            outcomeId: string;
            recordedAt: string;
            /** @example 涉未成年人典型案例（第一批） */
            title: string;
            /** @description the unit that recorded it */
            unitId: string;
        };
        ParkedEventView: {
            attempts: number;
            /** @description why it could not be applied (or that an earlier event of its stream is parked) */
            errorMessage: string;
            eventId: string;
            id: string;
            /** Format: date-time */
            parkedAt: string;
            /** @example 812-45 */
            position: string;
            /** @example task-board */
            projection: string;
            /**
             * @description the event’s revision in its stream
             * @example 3
             */
            revision: string;
            /** @example task-spp-2026-01 */
            streamId: string;
            /** @example ProgressReported */
            type: string;
        };
        PeriodFiguresView: {
            /**
             * @description 办结: completions accepted in the period
             * @example 9
             */
            completed: number;
            /**
             * @description 按期办结: of those, accepted on or before the ORIGINAL deadline
             * @example 7
             */
            completedOnTime: number;
            /**
             * @description 延期: deadline extensions granted in the period
             * @example 1
             */
            extended: number;
            /**
             * @description 立项交办: tasks issued in the period
             * @example 12
             */
            issued: number;
            /**
             * @description 期末逾期: tasks open with their deadline in force passed when the period ended
             * @example 2
             */
            overdue: number;
            /**
             * @description 退回重办: completions returned in the period
             * @example 1
             */
            returned: number;
            /**
             * @description 催办: urge notices issued in the period (the deadline watcher’s included)
             * @example 3
             */
            urged: number;
        };
        PeriodReportView: {
            /**
             * @description the moment the figures are as of: the period’s end, or now while it runs
             * @example 2022-03-31T16:00:00.000Z
             */
            asOf: string;
            /** @description totals minus previous */
            change: components["schemas"]["PeriodFiguresView"];
            /**
             * @description task events replayed up to asOf
             * @example 812
             */
            eventsReplayed: number;
            /** @description true once the period is over: the report will not change (the acts counted are those before its end) */
            final: boolean;
            /** @description each leader in charge of the programme’s tasks, ranked */
            leaders: components["schemas"]["ReportLineView"][];
            /** @example 0.5 */
            onTimeRate: number | null;
            period: components["schemas"]["ReportPeriodView"];
            /** @description the period before */
            previous: components["schemas"]["PeriodFiguresView"];
            previousPeriod: components["schemas"]["PreviousPeriodView"];
            /** @example spp-2022 */
            programmeId: string;
            /** @example 最高检党组2022年重点督办任务 */
            programmeTitle: string | null;
            totals: components["schemas"]["PeriodFiguresView"];
            /** @description each lead unit of the programme’s tasks, ranked */
            units: components["schemas"]["ReportLineView"][];
        };
        PreviousPeriodView: {
            /** @example 2021-Q4 */
            key: string;
            /** @example 2021年第四季度 */
            label: string;
        };
        ProgrammeDashboardView: {
            /** @description the instant the flags were computed for */
            asOf: string;
            counts: components["schemas"]["DashboardCountsView"];
            programme: components["schemas"]["ProgrammeRefView"];
        };
        ProgrammeFiguresDto: {
            /** @description count by light, every light (0 when none) */
            byLight: {
                green: number;
                none: number;
                red: number;
                yellow: number;
            };
            /** @description count by status: only the statuses some task had */
            byStatus: {
                acknowledged?: number;
                cancelled?: number;
                completed?: number;
                completion_reported?: number;
                in_progress?: number;
                issued?: number;
                sent_back?: number;
                suspended?: number;
                under_review?: number;
            };
            /** @description accepted (办结), including those under look-back review */
            completed: number;
            /** @description accepted on or before the original deadline */
            completedOnTime: number;
            /** @description completedOnTime / completed */
            onTimeCompletionRate: number | null;
            overdue: number;
            plannedTaskCount?: number | null;
            programmeId: string;
            stale: number;
            tasks: number;
            title?: string | null;
        };
        ProgrammePageView: {
            items: components["schemas"]["ProgrammeView"][];
            limit: number;
            page: number;
            pages: number;
            total: number;
        };
        ProgrammeRefView: {
            /** @example dept-9 */
            id: string;
            /**
             * @description null when the directory does not know the id
             * @example 第九检察厅
             */
            name: string | null;
            /** @example 68 */
            plannedTaskCount?: number | null;
            /** @example launched */
            status?: string | null;
            year?: number | null;
        };
        ProgrammeView: {
            closedAt: string | null;
            /** @example spp-current */
            id: string;
            /**
             * @description the day of the meeting that issued it
             * @example 2026-01-15
             */
            issuedOn: string;
            /**
             * @description when the launch was recorded
             * @example 2026-01-15T02:00:00.000Z
             */
            launchedAt: string;
            /**
             * @description how many tasks the programme announced
             * @example 68
             */
            plannedTaskCount: number;
            /** @enum {string} */
            status: "launched" | "closed";
            /** @example 督办中 */
            statusLabel: string;
            /** @description the annual summary (完成情况), once closed */
            summary: string | null;
            /** @example 最高检党组2026年重点督办任务 */
            title: string;
            /** @example 2026 */
            year: number;
        };
        ProgressReportView: {
            /** @description the urge this report answers */
            answersUrgeId: string | null;
            /** @example 30 */
            percent: number;
            reportedAt: string;
            reportedBy: components["schemas"]["ReporterView"];
            /** @example 指引起草中 */
            summary: string;
        };
        ProjectionsStatusView: {
            /** @description the log head */
            head?: string | null;
            projections: components["schemas"]["ProjectionStatusView"][];
        };
        ProjectionStatusView: {
            /**
             * @description position reached; null before the first batch
             * @example 812-45
             */
            checkpoint?: string | null;
            /** @description how many rebuilds went live */
            generation: number;
            /** @description the log head */
            head: string;
            /** @description events of its streams after the checkpoint, up to the head */
            lag: number;
            /** @description true when the lag count stopped at its cap */
            lagCapped: boolean;
            /** @example task-board */
            name: string;
            /** @description parked events waiting for a replay */
            parked: number;
            updatedAt?: string | null;
        };
        ProvideCooperationDto: {
            /** @description the answer */
            response: string;
        };
        PublishedKeyDto: {
            /** @enum {string} */
            algorithm: "ed25519";
            /** @description SHA-256 of the public key (SPKI DER), hex: what signatures name */
            keyId: string;
            /**
             * @description the public key, SPKI PEM
             * @example -----BEGIN PUBLIC KEY-----
             *     MCowBQYDK2VwAyEA…
             *     -----END PUBLIC KEY-----
             */
            publicKey: string;
            /**
             * Format: date-time
             * @description when the ledger first signed with it
             */
            validFrom: string;
            /**
             * Format: date-time
             * @description when its successor replaced it; null for the key in use now
             */
            validUntil: string | null;
        };
        PublishedKeysDto: {
            keys: components["schemas"]["PublishedKeyDto"][];
        };
        RateTaskDto: {
            /**
             * @description excellent 优秀, good 良好, pass 合格, fail 不合格
             * @enum {string}
             */
            rating: "excellent" | "good" | "pass" | "fail";
        };
        RatingView: {
            /** @example 优秀 */
            label: string;
            ratedAt: string;
            /** @enum {string} */
            rating: "excellent" | "good" | "pass" | "fail";
        };
        ReasonDto: {
            /** @description why */
            reason: string;
        };
        ReassignResponsibilityDto: {
            coUnitIds: string[];
            /**
             * @description the new leader in charge, when it changes
             * @example unit-9
             */
            leadLeaderId?: string;
            /**
             * @description the new lead unit
             * @example unit-9
             */
            leadUnitId: string;
            /** @description why */
            reason: string;
        };
        RebuildView: {
            /**
             * @description the physical names the fresh tables had before they took the live names
             * @example {
             *       "task_board": "task_board__r1764057600000"
             *     }
             */
            builtAs: Record<string, never>;
            /** @description the live read model just after the swap */
            checksum: components["schemas"]["ChecksumView"];
            /** @description events replayed */
            events: number;
            /**
             * @description the checkpoint the swapped-in tables start from
             * @example 812-45
             */
            position: string;
            /** @example task-board */
            projection: string;
            /** @description how long the rebuild took */
            seconds: number;
        };
        RecordInstructionDto: {
            /** @description the instruction (批示) */
            text: string;
        };
        RecordOutcomeDto: {
            /** @description description */
            description?: string;
            /** @enum {string} */
            kind: "typical_case" | "rule" | "system" | "report" | "other";
            /** @description title */
            title: string;
        };
        RectificationView: {
            reportedAt: string;
            summary: string;
        };
        RegisterOfficialDto: {
            /** @enum {string} */
            kind: "leader" | "committee_member" | "staff";
            /**
             * @description official id; generated when absent
             * @example unit-9
             */
            officialId?: string;
            /** @description title, e.g. 分管院领导 (titles, not names) */
            title: string;
            /**
             * @description the unit the official belongs to
             * @example unit-9
             */
            unitId?: string;
        };
        RegisterUnitDto: {
            /** @enum {string} */
            kind: "department" | "procuratorate" | "institution";
            /** @description name, e.g. 第九检察厅 */
            name: string;
            /**
             * @description unit id; generated when absent
             * @example unit-9
             */
            unitId?: string;
        };
        ReplayOutcomeView: {
            /** @description why the replay failed again */
            error?: string;
            /** @description parked events of the stream */
            events: number;
            /** @enum {string} */
            status: "replayed" | "failed";
            streamId: string;
        };
        ReplayParkedDto: {
            /**
             * @description replay only this stream’s parked events; all streams when absent
             * @example task-spp-2026-01
             */
            streamId?: string;
        };
        ReportCompletionDto: {
            /** @description completion report (完成情况) */
            summary: string;
        };
        ReporterView: {
            /** @description unit id for units, official id for the leader */
            id: string;
            /** @enum {string} */
            kind: "lead_unit" | "co_unit" | "leader";
        };
        ReportLineView: {
            /** @description figures minus previous */
            change: components["schemas"]["PeriodFiguresView"];
            /** @description acts counted for whoever was responsible for the task when they happened; the overdue for who was at the end */
            figures: components["schemas"]["PeriodFiguresView"];
            /**
             * @description unit id or official id
             * @example dept-9
             */
            id: string;
            /**
             * @description the unit’s name or the official’s title in the directory at the period’s end (the id when unknown)
             * @example 第九检察厅
             */
            name: string;
            /**
             * @description completedOnTime / completed; null when nothing was completed
             * @example 0.7778
             */
            onTimeRate: number | null;
            /** @description the same for the period before */
            previous: components["schemas"]["PeriodFiguresView"];
            /**
             * @description 1 for the most completed on time, then the most completed, then the fewest overdue; equal figures share a rank (1, 1, 3)
             * @example 1
             */
            rank: number;
        };
        ReportPeriodView: {
            /**
             * @description start, inclusive (00:00 Beijing time)
             * @example 2021-12-31T16:00:00.000Z
             */
            from: string;
            /** @example 2022-Q1 */
            key: string;
            /**
             * @example quarter
             * @enum {string}
             */
            kind: "month" | "quarter" | "year";
            /** @example 2022年第一季度 */
            label: string;
            /**
             * @description end, exclusive
             * @example 2022-03-31T16:00:00.000Z
             */
            to: string;
        };
        ReportProgressDto: {
            /**
             * @description the urge notice this report answers
             * @example unit-9
             */
            answersUrgeId?: string;
            percent: number;
            /** @description what was done (进展情况) */
            summary: string;
        };
        ReportRectificationDto: {
            /** @description rectification done (整改情况) */
            summary: string;
        };
        RequestCooperationDto: {
            /**
             * @description the unit asked to co-operate
             * @example unit-9
             */
            fromUnitId: string;
            /** @description what is asked (协作事项 / 线索移送) */
            subject: string;
        };
        RequestDeadlineExtensionDto: {
            /** @description why */
            reason: string;
            /**
             * Format: date
             * @description the deadline asked for
             * @example 2022-12-31
             */
            requestedDeadline: string;
        };
        RowProblemView: {
            /**
             * @example UNKNOWN_UNIT
             * @enum {string}
             */
            code: "REQUIRED" | "TOO_LONG" | "NOT_TEXT" | "BAD_DATE" | "DEADLINE_IN_PAST" | "DUPLICATE_CODE" | "UNKNOWN_UNIT" | "AMBIGUOUS_UNIT" | "UNKNOWN_LEADER" | "AMBIGUOUS_LEADER" | "NOT_A_LEADER" | "LEAD_UNIT_AS_CO_UNIT" | "DUPLICATE_CO_UNIT" | "TOO_MANY_CO_UNITS" | "BAD_MILESTONE";
            /**
             * @description the column’s Chinese header
             * @example 牵头单位
             */
            column: string;
            /**
             * @description why, in Chinese
             * @example 名录中没有“第十检察厅”这个单位
             */
            reason: string;
            /**
             * @description the spreadsheet row (the header is row 1)
             * @example 7
             */
            row: number;
            /**
             * @description what the cell held, as text
             * @example 第十检察厅
             */
            value: string;
        };
        SealDto: {
            /** @description events in the log up to the position */
            count: number;
            /** @description the rolling digest of the log up to the position (as GET /api/audit/digest computes it) */
            digest: string;
            /** @enum {string} */
            digestAlgorithm: "sha256-rolling-v1";
            /** @enum {string} */
            kind: "supervision-ledger-seal";
            /**
             * @description the position of the last event the digest covers
             * @example 812-45
             */
            position: string;
            /** Format: date-time */
            sealedAt: string;
            /** @description over every other field of the seal */
            signature: components["schemas"]["LedgerSignatureDto"];
            /** @enum {number} */
            version: 1;
        };
        SealListDto: {
            seals: components["schemas"]["SealDto"][];
        };
        SendBackView: {
            reason: string;
            sentBackAt: string;
        };
        SubmitWorkPlanDto: {
            milestones: components["schemas"]["MilestoneDto"][];
            /** @description the work plan (工作打算) */
            plan: string;
        };
        /**
         * @description the commands the caller may send on the task as it stands at this revision, decided by the domain’s decide (libs/supervision allowedTaskCommands): a client offers only these; the command may still be refused for what its body says
         * @enum {string}
         */
        TaskActionCommand: "AcknowledgeTask" | "SendBackTask" | "ReassignResponsibility" | "SubmitWorkPlan" | "ReportProgress" | "CompleteMilestone" | "RecordOutcome" | "RequestCooperation" | "ProvideCooperation" | "RecordInstruction" | "IssueUrgeNotice" | "RequestDeadlineExtension" | "ApproveDeadlineExtension" | "RejectDeadlineExtension" | "CountersignCompletion" | "ReportCompletion" | "AcceptCompletion" | "ReturnCompletion" | "RateTask" | "OpenLookBackReview" | "ReportRectification" | "CloseLookBackReview" | "SuspendTask" | "ResumeTask" | "CancelTask";
        TaskAsOfDto: {
            /** @description the point asked: { at } | { revision } | { position } */
            asOf: Record<string, never>;
            eventsReplayed: number;
            flags: components["schemas"]["TaskFlagsDto"];
            /** @description the moment the flags are for */
            flagsAt: string | null;
            position: string | null;
            /** @description revision of the last event replayed; -1 before the task existed */
            revision: number;
            /** @description the task state folded with the domain’s evolve (status, deadlines, plan, progress, urges, …) */
            state: Record<string, never>;
            streamId: string;
        };
        TaskDetailView: {
            acceptance?: components["schemas"]["AcceptanceView"] | null;
            /**
             * @description the commands the caller may send on the task as it stands at this revision, decided by the domain’s decide (libs/supervision allowedTaskCommands): a client offers only these; the command may still be refused for what its body says
             * @example [
             *       "AcknowledgeTask",
             *       "SendBackTask"
             *     ]
             */
            allowedCommands: components["schemas"]["TaskActionCommand"][];
            cancellation?: components["schemas"]["CancellationView"] | null;
            /** @example 未成年人检察 */
            category: string;
            /** @example 2022-07 */
            code: string;
            completedAt?: string | null;
            /** @description accepted on or before the ORIGINAL deadline */
            completedOnTime: boolean;
            completionReport?: components["schemas"]["CompletionReportView"] | null;
            completionReturns: components["schemas"]["CompletionReturnView"][];
            /** @description co-operation requests (协作配合) */
            cooperation: components["schemas"]["CooperationView"][];
            /** @description latest input of each co-unit */
            coUnitProgress: components["schemas"]["CoUnitProgressView"][];
            coUnits: components["schemas"]["NamedRef"][];
            /** @description countersigns (会签) by co-unit */
            countersigns: components["schemas"]["CountersignView"][];
            /**
             * @description deadline in force
             * @example 2026-12-31
             */
            deadline: string;
            description: string;
            extensionRequests: components["schemas"]["ExtensionRequestView"][];
            /** @description as of now, by the same rule as the detail and the dashboards */
            flags: components["schemas"]["TaskFlagsView"];
            id: string;
            /** @description leaders’ instructions (批示) */
            instructions: components["schemas"]["InstructionView"][];
            issuedAt: string;
            /** @description latest report of the lead unit or its leader */
            latestProgress?: components["schemas"]["ProgressReportView"] | null;
            leader: components["schemas"]["NamedRef"];
            leadUnit: components["schemas"]["NamedRef"];
            /** @description look-back reviews (回头看) with their rectifications */
            lookBackReviews: components["schemas"]["LookBackReviewView"][];
            milestones: components["schemas"]["MilestoneView"][];
            missedDeadlines: components["schemas"]["MissedDeadlineView"][];
            /** @description co-units yet to countersign */
            missingCountersigns: components["schemas"]["NamedRef"][];
            /** @description extension requests still open */
            openExtensionRequests: components["schemas"]["ExtensionRequestView"][];
            openUrges: number;
            /** @description deadline at issue (what on-time completion is measured by) */
            originalDeadline: string;
            outcomes: components["schemas"]["OutcomeView"][];
            /** @description urges (催办) not answered yet */
            pendingUrges: components["schemas"]["UrgeView"][];
            /** @description work plan (工作打算) */
            plan?: components["schemas"]["WorkPlanView"] | null;
            programme: components["schemas"]["NamedRef"];
            progressPercent?: number | null;
            /** @description rating (评价) with its Chinese label */
            rating?: components["schemas"]["RatingView"] | null;
            /** @description stream revision the row reflects */
            revision: number;
            sentBack?: components["schemas"]["SendBackView"] | null;
            /** @example in_progress */
            status: string;
            /** @example 办理中 */
            statusLabel: string;
            suspendedFrom?: string | null;
            /** @example 规范推进未成年人检察业务统一集中办理 */
            title: string;
            updatedAt: string;
            urges: components["schemas"]["UrgeView"][];
        };
        TaskFlagsDto: {
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "none";
            overdue: boolean;
            stale: boolean;
        };
        TaskFlagsView: {
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "none";
            /** @example 绿灯 */
            lightLabel: string;
            overdue: boolean;
            stale: boolean;
        };
        TimelineActorView: {
            id?: string | null;
            /** @example unit */
            role?: string | null;
            /** @example dept-9 */
            unitId?: string | null;
            /** @example 第九检察厅 */
            unitName?: string | null;
        };
        TimelineEntryView: {
            actor: components["schemas"]["TimelineActorView"];
            eventId: string;
            /** @example 签收 */
            label: string;
            occurredAt: string;
            recordedAt: string;
            revision: number;
            /** @example 第九检察厅 签收任务 */
            summary: string;
            /** @example TaskAcknowledged */
            type: string;
        };
        TimelinePageView: {
            items: components["schemas"]["TimelineEntryView"][];
            limit: number;
            page: number;
            pages: number;
            taskId: string;
            total: number;
        };
        UnitPageView: {
            items: components["schemas"]["UnitView"][];
            limit: number;
            page: number;
            pages: number;
            total: number;
        };
        UnitView: {
            /** @example dept-9 */
            id: string;
            /** @enum {string} */
            kind: "department" | "procuratorate" | "institution";
            /** @example 内设机构 */
            kindLabel: string;
            /** @example 第九检察厅（未成年人检察） */
            name: string;
            /** @example 2022-01-20T02:00:00.000Z */
            registeredAt: string;
        };
        UrgeView: {
            answeredAt: string | null;
            issuedAt: string;
            /** @example 请报送试点进展 */
            reason: string;
            /** @example 2026-03-10 */
            replyDueOn: string;
            urgeId: string;
        };
        VerificationReportDto: {
            breaks: components["schemas"]["ChainBreakDto"][];
            /**
             * @description how many streams use each hash chain version: "1" (written before version 2, which leaves the event id and recorded time out of the hash), "2" (every stored field hashed), "1→2" (begun under version 1); only the versions some stream uses
             * @example {
             *       "1": 20,
             *       "2": 3
             *     }
             */
            chainVersions: {
                1?: number;
                "1\u21922"?: number;
                2?: number;
            };
            digestCheck: components["schemas"]["DigestCheckDto"] | null;
            elapsedMs: number;
            eventsChecked: number;
            firstBreak: components["schemas"]["ChainBreakDto"] | null;
            /** @description the digest of everything verified */
            head: components["schemas"]["LogDigestDto"];
            /** @description true when every chain holds (and the kept digest matches, when given) */
            ok: boolean;
            /**
             * @description each stream’s chain version(s), by stream id
             * @example {
             *       "task-2c7…": "2"
             *     }
             */
            streamChainVersions: {
                [key: string]: "1" | "2" | "1→2";
            };
            streamsChecked: number;
        };
        WorkPlanView: {
            submittedAt: string;
            /** @example 制定工作指引，分批试点。 */
            text: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditAsOfController_board: {
        parameters: {
            query?: {
                /** @description ISO 8601 time */
                at?: unknown;
                /** @description page size, 1 to 200 (default 50) */
                limit?: unknown;
                /** @description rows to skip (default 0) */
                offset?: unknown;
                /** @description global log position */
                position?: unknown;
                programmeId?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description exactly one of at, position */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardAsOfDto"];
                };
            };
            /** @description a query value that cannot be used, or an unknown query field; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description only the auditor role may call this
             *
             *     not an auditor
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditIntegrityController_digest: {
        parameters: {
            query?: {
                position?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestAnswerDto"];
                };
            };
            /** @description a query value that cannot be used, or an unknown query field; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description only the auditor role may call this
             *
             *     not an auditor
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditHistoryController_events: {
        parameters: {
            query?: {
                /** @description user id of who acted */
                actor?: unknown;
                /** @description acts from this ISO 8601 time (occurredAt), inclusive */
                from?: unknown;
                /** @description first log position, inclusive (<commit>-<prepare>, as command answers give it) */
                fromPosition?: unknown;
                /** @description one stream, e.g. task-<id>, programme-<id>, directory */
                stream?: unknown;
                /** @description acts up to this ISO 8601 time, inclusive */
                to?: unknown;
                /** @description last log position, inclusive */
                toPosition?: unknown;
                /** @description event types, comma-separated, e.g. TaskIssued,CompletionAccepted */
                type?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description NDJSON, streamed in log order, one event per line: position, streamId, revision, eventId, type, who {actorId, role, unitId}, what {command, commandId, event}, when {occurredAt, recordedAt}, why {reason…}, links {correlationId, causationId}, prevHash, hash, data, metadata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query value that cannot be used, or an unknown query field; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description only the auditor role may call this
             *
             *     not an auditor
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditIntegrityController_export: {
        parameters: {
            query?: {
                /** @description user id of who acted */
                actor?: unknown;
                /** @description default ndjson; csv is UTF-8 with a BOM, RFC 4180 quoting */
                format?: "ndjson" | "csv";
                /** @description acts from this ISO 8601 time (occurredAt), inclusive */
                from?: unknown;
                /** @description first log position, inclusive (<commit>-<prepare>, as command answers give it) */
                fromPosition?: unknown;
                /** @description one stream, e.g. task-<id>, programme-<id>, directory */
                stream?: unknown;
                /** @description acts up to this ISO 8601 time, inclusive */
                to?: unknown;
                /** @description last log position, inclusive */
                toPosition?: unknown;
                /** @description event types, comma-separated, e.g. TaskIssued,CompletionAccepted */
                type?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file; the manifest is its first line (NDJSON) or first row (CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query value that cannot be used, or an unknown query field; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description only the auditor role may call this
             *
             *     not an auditor
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditKeysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the keys, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedKeysDto"];
                };
            };
            /** @description a query value that cannot be used, or an unknown query field; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description only the auditor role may call this
             *
             *     not an auditor
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerExportController_asOf: {
        parameters: {
            query?: {
                /** @description ISO 8601 time: the acts that had happened by then */
                at?: unknown;
                /** @description global log position, as command answers give it */
                position?: unknown;
                /** @description only this programme’s tasks */
                programmeId?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the workbook, as an attachment named 督办台账-截至<time>.xlsx; exactly one of at, position */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description neither or both of at and position, a malformed one, or an unknown query field (named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /**
             * @description not an auditor
             *
             *     only the auditor role may call this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditSealsController_list: {
        parameters: {
            query?: {
                /** @description how many of the latest seals, 1 to 200 (default 50) */
                limit?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the seals, latest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealListDto"];
                };
            };
            /** @description a query value that cannot be used, or an unknown query field; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description only the auditor role may call this
             *
             *     not an auditor
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditAsOfController_task: {
        parameters: {
            query?: {
                /** @description ISO 8601 time: the acts that had happened by then (by the command clock) */
                at?: unknown;
                /** @description global log position */
                position?: unknown;
                /** @description stream revision, 0-based */
                revision?: unknown;
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description exactly one of at, revision, position */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAsOfDto"];
                };
            };
            /** @description a query value that cannot be used, or an unknown query field; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description only the auditor role may call this
             *
             *     not an auditor
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditHistoryController_taskHistory: {
        parameters: {
            query?: {
                /** @description user id of who acted */
                actor?: unknown;
                /** @description acts from this ISO 8601 time (occurredAt), inclusive */
                from?: unknown;
                /** @description first log position, inclusive (<commit>-<prepare>, as command answers give it) */
                fromPosition?: unknown;
                /** @description acts up to this ISO 8601 time, inclusive */
                to?: unknown;
                /** @description last log position, inclusive */
                toPosition?: unknown;
                /** @description event types, comma-separated, e.g. TaskIssued,CompletionAccepted */
                type?: unknown;
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description NDJSON, streamed in log order, one event per line: position, streamId, revision, eventId, type, who {actorId, role, unitId}, what {command, commandId, event}, when {occurredAt, recordedAt}, why {reason…}, links {correlationId, causationId}, prevHash, hash, data, metadata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query value that cannot be used, or an unknown query field; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description only the auditor role may call this
             *
             *     not an auditor
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditIntegrityController_verify: {
        parameters: {
            query?: {
                /** @description a digest kept from GET /api/audit/digest (give position too) */
                digest?: unknown;
                /** @description the position that digest was taken at */
                position?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationReportDto"];
                };
            };
            /** @description a query value that cannot be used, or an unknown query field; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description only the auditor role may call this
             *
             *     not an auditor
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardsController_leaders: {
        parameters: {
            query?: {
                /** @description same as X-Min-Position */
                minPosition?: string;
                /** @description only the tasks of this programme */
                programme?: string;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDashboardView"];
                };
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardsController_programme: {
        parameters: {
            query?: {
                /** @description same as X-Min-Position */
                minPosition?: string;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDashboardView"];
                };
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardsController_units: {
        parameters: {
            query?: {
                /** @description same as X-Min-Position */
                minPosition?: string;
                /** @description only the tasks of this programme */
                programme?: string;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDashboardView"];
                };
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemoSignInController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemoSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoTokenView"];
                };
            };
            /** @description not one of the demo users (VALIDATION_FAILED, details name the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description not in demo mode (DEMO_MODE_OFF) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemoSignInController_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoUsersView"];
                };
            };
            /** @description not in demo mode (DEMO_MODE_OFF) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerExportController_live: {
        parameters: {
            query?: {
                /** @description category (条线), e.g. 未成年人检察; comma-separated for several */
                category?: string;
                /** @description deadline in force strictly after this date */
                dueAfter?: string;
                /** @description deadline in force strictly before this date */
                dueBefore?: string;
                /** @description lead leader id */
                leader?: string;
                /** @description traffic light as of now; one or more of green, yellow, red, none, comma-separated */
                light?: string;
                /** @description same as X-Min-Position */
                minPosition?: string;
                order?: "asc" | "desc";
                /** @description deadline in force passed and not finished: true or false */
                overdue?: boolean;
                /** @description programme id */
                programme?: string;
                /** @description free text in the title, or in the description of a task you may read in full; Chinese included (e.g. 未成年人) */
                q?: string;
                sort?: "deadline" | "issuedAt" | "updatedAt" | "code" | "title" | "status" | "progress";
                /** @description in progress with no report for the stale period: true or false */
                stale?: boolean;
                /** @description status; one or more of issued, sent_back, acknowledged, in_progress, completion_reported, under_review, completed, suspended, cancelled, comma-separated */
                status?: string;
                /** @description unit id: tasks it leads or co-operates on */
                unit?: string;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the workbook, as an attachment named 督办台账-<time>.xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryQueriesController_officials: {
        parameters: {
            query?: {
                /** @description kind of official (leader and committee_member may lead tasks); one or more of leader, committee_member, staff, comma-separated */
                kind?: string;
                /** @description page size, 1 to 200 */
                limit?: number;
                /** @description same as X-Min-Position */
                minPosition?: string;
                /** @description page number, from 1 */
                page?: number;
                /** @description free text in the title or the id, Chinese included (e.g. 未成年人) */
                q?: string;
                /** @description only the officials of this unit, e.g. dept-9 */
                unit?: string;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of officials */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 1,
                     *       "page": 1,
                     *       "limit": 50,
                     *       "pages": 1,
                     *       "items": [
                     *         {
                     *           "id": "leader-juvenile",
                     *           "title": "分管未成年人检察的院领导",
                     *           "kind": "leader",
                     *           "kindLabel": "院领导",
                     *           "unit": null,
                     *           "registeredAt": "2022-01-20T02:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OfficialPageView"];
                };
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryController_registerOfficial: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOfficialDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                officialId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignOfficialDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryQueriesController_programmes: {
        parameters: {
            query?: {
                /** @description page size, 1 to 200 */
                limit?: number;
                /** @description same as X-Min-Position */
                minPosition?: string;
                /** @description page number, from 1 */
                page?: number;
                /** @description launched (督办中) or closed (已结束); one or more of launched, closed, comma-separated */
                status?: string;
                /** @description only the programme of this year */
                year?: number;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of programmes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 2,
                     *       "page": 1,
                     *       "limit": 50,
                     *       "pages": 1,
                     *       "items": [
                     *         {
                     *           "id": "spp-current",
                     *           "title": "最高检党组2026年重点督办任务",
                     *           "year": 2026,
                     *           "issuedOn": "2026-10-23",
                     *           "plannedTaskCount": 68,
                     *           "status": "launched",
                     *           "statusLabel": "督办中",
                     *           "launchedAt": "2026-10-23T02:00:00.000Z",
                     *           "summary": null,
                     *           "closedAt": null
                     *         },
                     *         {
                     *           "id": "spp-2022",
                     *           "title": "最高检党组2022年重点督办任务",
                     *           "year": 2022,
                     *           "issuedOn": "2022-02-08",
                     *           "plannedTaskCount": 68,
                     *           "status": "launched",
                     *           "statusLabel": "督办中",
                     *           "launchedAt": "2022-02-08T02:00:00.000Z",
                     *           "summary": null,
                     *           "closedAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProgrammePageView"];
                };
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammesController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchProgrammeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryQueriesController_programme: {
        parameters: {
            query?: {
                /** @description same as X-Min-Position */
                minPosition?: string;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path: {
                /** @description programme id */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the programme */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "spp-2022",
                     *       "title": "最高检党组2022年重点督办任务",
                     *       "year": 2022,
                     *       "issuedOn": "2022-02-08",
                     *       "plannedTaskCount": 68,
                     *       "status": "launched",
                     *       "statusLabel": "督办中",
                     *       "launchedAt": "2022-02-08T02:00:00.000Z",
                     *       "summary": null,
                     *       "closedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["ProgrammeView"];
                };
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "code": "PROGRAMME_NOT_FOUND",
                     *       "message": "no programme spp-1999 in the read models"
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseProgrammeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PeriodReportsController_json: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a month (2026-03, 月报), a quarter (2026-Q1, 季报) or a year (2026, 年报) */
                period: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReportView"];
                };
            };
            /** @description a period that is not 2026-03, 2026-Q1 or 2026 (BAD_PERIOD), a bad programme id, or an unknown query field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description the period has not started yet (PERIOD_NOT_STARTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PeriodReportsController_workbook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a month (2026-03, 月报), a quarter (2026-Q1, 季报) or a year (2026, 年报) */
                period: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the workbook, as an attachment named <programme>-<period>.xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description a period that is not 2026-03, 2026-Q1 or 2026 (BAD_PERIOD), a bad programme id, or an unknown query field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description the period has not started yet (PERIOD_NOT_STARTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskImportController_upload: {
        parameters: {
            query?: {
                /** @description check every row and answer the report, writing nothing: true or false */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the workbook (.xlsx, at most 5242880 bytes)
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description dry run: the report (valid or not); nothing written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "programmeId": "spp-2022",
                     *       "importId": "import-0f1e2d3c-4b5a-5968-8776-a5b4c3d2e1f0",
                     *       "dryRun": true,
                     *       "valid": true,
                     *       "rows": 68,
                     *       "toIssue": 68,
                     *       "issued": 0,
                     *       "alreadyPresent": 0,
                     *       "problems": [],
                     *       "tasks": [
                     *         {
                     *           "row": 2,
                     *           "code": "2022-01",
                     *           "taskId": "task-4b1e0c2a-93f1-5d8e-8a7c-1f2e3d4c5b6a",
                     *           "outcome": "to_issue"
                     *         }
                     *       ],
                     *       "position": null
                     *     }
                     */
                    "application/json": components["schemas"]["ImportReportView"];
                };
            };
            /** @description every row issued, or already present */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "programmeId": "spp-2022",
                     *       "importId": "import-0f1e2d3c-4b5a-5968-8776-a5b4c3d2e1f0",
                     *       "dryRun": false,
                     *       "valid": true,
                     *       "rows": 68,
                     *       "toIssue": 0,
                     *       "issued": 68,
                     *       "alreadyPresent": 0,
                     *       "problems": [],
                     *       "tasks": [
                     *         {
                     *           "row": 2,
                     *           "code": "2022-01",
                     *           "taskId": "task-4b1e0c2a-93f1-5d8e-8a7c-1f2e3d4c5b6a",
                     *           "outcome": "issued"
                     *         }
                     *       ],
                     *       "position": "812-45"
                     *     }
                     */
                    "application/json": components["schemas"]["ImportReportView"];
                };
            };
            /** @description no "file" or another form field (VALIDATION_FAILED, named); not a readable workbook (NOT_A_WORKBOOK), no task sheet, a required header missing (MISSING_COLUMNS), more than 2,000 rows (TOO_MANY_ROWS), no rows (NO_ROWS); a bad programme id or query field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description only the supervisor role may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description the command path refused a row half-way (IMPORT_INCOMPLETE, details.cause), e.g. the programme closed meanwhile; rows before it stay issued */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description the file is over 5 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description not multipart/form-data (UNSUPPORTED_MEDIA_TYPE), or the file is not an .xlsx (UNSUPPORTED_FILE_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description rows with problems: nothing written (IMPORT_ROWS_INVALID, the report in details); the programme is closed (PROGRAMME_CLOSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "UNPROCESSABLE_ENTITY",
                     *       "code": "IMPORT_ROWS_INVALID",
                     *       "message": "1行不合格，整批未导入：请按报告修改后重新上传",
                     *       "details": {
                     *         "programmeId": "spp-2022",
                     *         "importId": "import-0f1e2d3c-4b5a-5968-8776-a5b4c3d2e1f0",
                     *         "dryRun": false,
                     *         "valid": false,
                     *         "rows": 68,
                     *         "toIssue": 0,
                     *         "issued": 0,
                     *         "alreadyPresent": 0,
                     *         "problems": [
                     *           {
                     *             "row": 7,
                     *             "column": "牵头单位",
                     *             "value": "第十检察厅",
                     *             "code": "UNKNOWN_UNIT",
                     *             "reason": "名录中没有“第十检察厅”这个单位"
                     *           }
                     *         ],
                     *         "tasks": [],
                     *         "position": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the event store failed half-way (IMPORT_INCOMPLETE): upload the same file again to complete it */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
        };
    };
    ProjectionsController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionsStatusView"];
                };
            };
        };
    };
    ProjectionOperationsController_checksum: {
        parameters: {
            query?: {
                fresh?: boolean;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecksumComparisonView"];
                };
            };
            /** @description fresh=true asked by a role other than admin or auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no read model of that name (UNKNOWN_PROJECTION; details.known lists the names) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProjectionOperationsController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayParkedDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayOutcomeView"][];
                };
            };
            /** @description only the admin role may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no read model of that name (UNKNOWN_PROJECTION; details.known lists the names) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProjectionOperationsController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildView"];
                };
            };
            /** @description only the admin role may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no read model of that name (UNKNOWN_PROJECTION; details.known lists the names) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a rebuild of this read model is already running, from here or the CLI (REBUILD_IN_PROGRESS); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProjectionOperationsController_parked: {
        parameters: {
            query?: {
                /** @description only this read model’s */
                projection?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedEventView"][];
                };
            };
            /** @description only the admin role may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no read model of that name (UNKNOWN_PROJECTION; details.known lists the names) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskImportController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the template, as an attachment (Content-Disposition) named 督办任务导入模板.xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description an unknown query field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeErrorView"];
                };
            };
            /** @description only the supervisor role may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskQueriesController_list: {
        parameters: {
            query?: {
                /** @description category (条线), e.g. 未成年人检察; comma-separated for several */
                category?: string;
                /** @description deadline in force strictly after this date */
                dueAfter?: string;
                /** @description deadline in force strictly before this date */
                dueBefore?: string;
                /** @description lead leader id */
                leader?: string;
                /** @description traffic light as of now; one or more of green, yellow, red, none, comma-separated */
                light?: string;
                /** @description page size, 1 to 200 */
                limit?: number;
                /** @description same as X-Min-Position */
                minPosition?: string;
                order?: "asc" | "desc";
                /** @description deadline in force passed and not finished: true or false */
                overdue?: boolean;
                /** @description page number, from 1 */
                page?: number;
                /** @description programme id */
                programme?: string;
                /** @description free text in the title, or in the description of a task you may read in full; Chinese included (e.g. 未成年人) */
                q?: string;
                sort?: "deadline" | "issuedAt" | "updatedAt" | "code" | "title" | "status" | "progress";
                /** @description in progress with no report for the stale period: true or false */
                stale?: boolean;
                /** @description status; one or more of issued, sent_back, acknowledged, in_progress, completion_reported, under_review, completed, suspended, cancelled, comma-separated */
                status?: string;
                /** @description unit id: tasks it leads or co-operates on */
                unit?: string;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardPageView"];
                };
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskQueriesController_detail: {
        parameters: {
            query?: {
                /** @description same as X-Min-Position */
                minPosition?: string;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailView"];
                };
            };
            /** @description If-None-Match holds the current ETag */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalCommentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_reportCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportCompletionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_requestCooperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCooperationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_provideCooperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvideCooperationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_countersign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalCommentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_requestExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDeadlineExtensionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_approveExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_rejectExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_recordInstruction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordInstructionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_openLookBack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenLookBackReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_closeLookBack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseLookBackReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_completeMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                milestoneId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_recordOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_submitPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitWorkPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_reportProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportProgressDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignResponsibilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_reportRectification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRectificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_returnCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_sendBack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskLifecycleController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskQueriesController_timeline: {
        parameters: {
            query?: {
                /** @description page size, 1 to 200 */
                limit?: number;
                /** @description same as X-Min-Position */
                minPosition?: string;
                /** @description page number, from 1 */
                page?: number;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePageView"];
                };
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaskWorkController_urge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueUrgeNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryQueriesController_units: {
        parameters: {
            query?: {
                /** @description kind of unit; one or more of department, procuratorate, institution, comma-separated */
                kind?: string;
                /** @description page size, 1 to 200 */
                limit?: number;
                /** @description same as X-Min-Position */
                minPosition?: string;
                /** @description page number, from 1 */
                page?: number;
                /** @description free text in the name or the id, Chinese included (e.g. 检察厅) */
                q?: string;
            };
            header?: {
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 1,
                     *       "page": 1,
                     *       "limit": 50,
                     *       "pages": 1,
                     *       "items": [
                     *         {
                     *           "id": "dept-9",
                     *           "name": "第九检察厅（未成年人检察）",
                     *           "kind": "department",
                     *           "kindLabel": "内设机构",
                     *           "registeredAt": "2022-01-20T02:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UnitPageView"];
                };
            };
            /** @description a malformed parameter or position, named in the message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryController_registerUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description only the supervisor, leader, unit roles may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
}
