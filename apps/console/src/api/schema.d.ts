/* Generated from the API's OpenAPI document by apps/console/scripts/generate-api-types.mjs (npm run console:api). Do not edit. */
export interface paths {
    "/api/audit/board/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole board and the programme figures as they stood at a time or log position, replayed in memory (not the live read models) — auditor
         * @description Replays every task and programme stream up to the point asked (exactly one of at, position) with the domain’s code, independently of the read models, and gives a page of the board and each programme’s figures then. A heavy operation: its own rate limit.
         */
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
        /**
         * A digest of the whole log up to a position (default and at most: the head), to keep outside the system with the position it answers — auditor
         * @description A rolling SHA-256 over the events’ content hashes in log order; position in the answer is the position covered (the last event at or before the one asked). Keep both: GET /api/audit/verify proves the log against them later. A heavy operation: its own rate limit.
         */
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
        /**
         * The global log in order, streamed, each event with its metadata and hashes — auditor
         * @description Every event in log order as NDJSON: who, what, when, why (the free text the actor wrote), links, prevHash and hash; capped at the head when the request starts. Filters combine.
         */
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
        /**
         * A self-describing export (manifest with format version, range, count and digests; every event with its hashes) that `npm run audit:verify -- --file` checks offline — auditor
         * @description A file to download: the manifest first (format version, range, count, log digest, content digest, its own hash), then every event with its hashes. CSV is UTF-8 with a BOM and RFC 4180 quoting; a cell a spreadsheet would run as a formula is written with a leading ' (the manifest says so). A heavy operation: its own rate limit.
         */
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
        /**
         * A task as it stood at a time, a revision or a log position, with its flags then — auditor
         * @description Replays the task’s stream with the domain’s evolve up to the point asked (exactly one of at, revision, position) and gives its state and its light, overdue and stale at that moment.
         */
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
        /**
         * One task’s history, streamed, with the same filters — auditor
         * @description The task’s stream as NDJSON, in order, in the same shape as the global log; capped at the head when the request starts.
         */
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
        /**
         * Recompute every stream’s hash chain and name the first broken link; with digest and position, prove the log up to it is unchanged — auditor
         * @description Reads the whole log up to the head, recomputes every hash and names the first broken link per stream (stream, revision, position, event, expected and found hash; a revision gap is a deleted event). Checks every evidence file an event records against the store and names each missing or altered one (evidenceFiles.problems: the file, and the event that recorded it). With a digest kept outside the system and its position, also proves the log up to there unchanged. A heavy operation: its own rate limit.
         */
        get: operations["AuditIntegrityController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the console signs in: through the OpenID Connect provider (its issuer and the console’s public client), or the demo’s users
         * @description Read by the console before sign-in. With OIDC_CLIENT_ID set, signIn is oidc and the console runs the authorization code flow with PKCE against the issuer; the token it gets stays in the tab (memory and session storage), never in a URL. In the embedded demo, signIn is demo (GET /api/demo/users).
         */
        get: operations["ConsoleConfigController_config"];
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
        /**
         * Per lead leader (分管院领导): the tasks they lead, counted as the board counts them
         * @description One row per leader in charge with the counts by status and light, overdue and stale; ?programme= narrows to one programme.
         */
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
        /**
         * A programme: tasks by status and light, overdue, stale, on-time completion rate (by the original deadline)
         * @description Counted from the same rows and the same flag rule as the board, as of now; the on-time rate is by the original deadline, whatever extensions were granted.
         */
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
        /**
         * Per unit: the tasks it leads or co-operates on, counted as the board counts them
         * @description One row per unit with the counts by status and light, overdue and stale; ?programme= narrows to one programme.
         */
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
         * @description No password: the demo’s users are public. A name that is not one of the demo users is a 400 (VALIDATION_FAILED, details name the field). Answers 404 DEMO_MODE_OFF outside demo mode, before the body is looked at.
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
    "/api/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an evidence file (佐证材料上传) for a report — a unit member or a leader
         * @description multipart/form-data with the file in the field "file". The type is read from the bytes (a PDF, an Office document, an image by default: EVIDENCE_MEDIA_TYPES), never from the name or the declared type; the size is at most EVIDENCE_MAX_BYTES.
         *
         *     The bytes are stored under their SHA-256, outside the event log; the same bytes twice are stored once (200, created false). Then name the file in a report’s attachments (progress, outcomes, completion report, rectification): the event records name, media type, size and SHA-256, and GET /api/audit/verify checks the stored bytes against it.
         */
        post: operations["EvidenceFilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My inbox (站内通知): the notifications addressed to me, newest first, with the unread count
         * @description Every act that concerns the caller (a task issued or reassigned to their unit, an urge, an extension ruled on, a completion returned, a look-back opened, a countersign asked for) and every reminder the clock raised (deadline ahead, urge reply due, no progress), as the notifier wrote them from the log. A unit member reads what is addressed to their unit, a leader what is addressed to them, the supervision office what is addressed to it; auditors, readers and admins are told nothing and see an empty inbox. `unread=true` lists only those not read yet; `unread` in the answer is the badge.
         */
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of my notifications read
         * @description Marks it read for the caller only (another member of the same unit still sees it unread). Again: the same answer, the first time kept. A unit member reads what is addressed to their unit, a leader what is addressed to them, the supervision office what is addressed to it; auditors, readers and admins are told nothing and see an empty inbox. Someone else’s notification is a 404, as an unknown one is. The body is `{}`.
         */
        post: operations["InboxController_read"];
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
         * @description Every task the board would list for these filters (GET /api/tasks, same parameters and rules, no page: all of them), in the board’s sort, one row each: 序号, 编号, 任务名称, 类别, 状态, 牵头领导, 牵头单位, 配合单位, 现行完成时限, 原定完成时限, 最新进度(%), 最新进展 (the latest report of the lead unit or its leader, from the task detail; empty for a unit member on a task its unit neither leads nor co-operates on, as the detail is closed to it), 未复催办, 灯色 (the cell filled green, yellow or red), 逾期, 超期未报, 立项时间, 办结时间 (Beijing time). Above the headers: the title, 截至 <the moment the lights are as of> and the filter. Streamed row by row (a page of the board at a time), so memory stays flat; rows are read page by page, so a task changed during a long export may show its state at a slightly later moment.
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
    "/api/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a dead-lettered (or failing) mail or webhook delivery now
         * @description Gives the delivery a fresh set of tries, due at once: the dispatcher sends it at its next poll with the same X-Notification-Id, so a receiver that got it before deduplicates it. The delivery ids are in a task’s timeline (notifications) and in the logs. The body is `{}`.
         */
        post: operations["NotificationOperationsController_retry"];
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
        /**
         * Register an official, by title — supervisor
         * @description Adds an official to the directory by title (分管院领导), not by name, so tasks can name them as leader in charge. The id is yours to give or derived from the Idempotency-Key. Answers 201 with Location: /api/officials/{officialId}.
         */
        post: operations["DirectoryController_registerOfficial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/officials/{officialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One official, by id, with their unit
         * @description The official as the organisation read model knows them (where `POST /api/officials` points with Location). A malformed id is a 400 (BAD_ID), an unknown one a 404 (OFFICIAL_NOT_FOUND).
         */
        get: operations["DirectoryQueriesController_official"];
        put?: never;
        post?: never;
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
        /**
         * Assign an official to a unit — supervisor
         * @description Records the unit an official belongs to from now on; history keeps where they were before.
         */
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
        /**
         * Launch a programme — supervisor
         * @description Opens a programme (督办批次) of the year, e.g. 最高检党组2022年重点督办任务, that tasks are issued under. The id is yours to give or derived from the Idempotency-Key. Answers 201 with Location: /api/programmes/{programmeId}.
         */
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
        /**
         * Close a programme with its annual summary — supervisor
         * @description Closes the programme at the end of its year with the annual summary (完成情况); no task is issued under it afterwards.
         */
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
    "/api/programmes/{programmeId}/reports/{period}/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same report as a printable page (HTML, Chinese, A4 print styles) — any role
         * @description Counted by replaying the task streams of the log up to the period’s end (Beijing time), so a past period’s report is the same whenever it is asked for (acts recorded later with an earlier date, as an import of history does, are the one exception). Per period: tasks issued, completions accepted, of those on time by the ORIGINAL deadline, tasks overdue when it ended, urges, extensions granted, completions returned; for the programme, each lead unit and each leader in charge (each act counted for whoever was responsible when it happened), with the period before, the change and a ranking. A period not over yet is reported as of now (final: false). The page: title, the period and the moment the figures are as of, 一、总体情况 (with the period before and the change), 二、各牵头单位情况 and 三、各牵头领导情况 (ranked), and how the figures are counted. No script: print it or save it as PDF from the browser. A period not over yet is marked as such on the page.
         */
        get: operations["PeriodReportsController_page"];
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
        /**
         * Each read model’s checkpoint, the log head and the lag, and what holds the log back
         * @description Where each read model stands: the position it reached, how many events of its streams are behind the head (capped), how many are parked, and the open transactions that hold the visible log back.
         */
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
        /**
         * Checksum of a read model; with ?fresh=true (admin, auditor) also of a scratch rebuild up to the same position
         * @description SHA-256 over the read model’s rows and the position they reflect. With fresh=true it also replays the log into scratch tables up to that position and answers whether the two match (a heavy operation: its own rate limit).
         */
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
        /**
         * Replay the parked events of a read model (after the fix), stream by stream, in stream order
         * @description Applies a stream’s parked events again, in order, in one transaction (all streams’ when streamId is absent); answers replayed or failed (with the error) per stream.
         */
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
        /**
         * The progress of the current or last rebuild of a read model, then its outcome or error
         * @description The phase (replaying, swapping, finished, failed), the events applied, the position reached and the target (the log head), the start and end, and once finished what went live, or once failed why. Poll it while the phase is replaying or swapping.
         */
        get: operations["ProjectionOperationsController_rebuildStatus"];
        put?: never;
        /**
         * Start a rebuild of a read model from the log into new tables, swapped in once built
         * @description Takes the read model’s rebuild lock and answers 202 at once, with Location: /api/projections/{name}/rebuild where the progress and the outcome are read. The rebuild replays the whole log into fresh tables while the live one keeps serving, then swaps them in under the projection’s lock (readers never see a half-built model); a failed one leaves the live model as it was. Takes no body. A heavy operation: its own rate limit.
         */
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
        /**
         * Parked (poison) events waiting for a replay, oldest first
         * @description Events a read model could not apply after its retries, with the error; later events of their streams wait behind them. Replay them after the fix (POST …/parked/replay).
         */
        get: operations["ProjectionOperationsController_parked"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projections/rebuilds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current or last rebuild of each read model started by this API process
         * @description One entry per read model rebuilt since the process started (the running one, else the last), in the form GET …/{name}/rebuild answers.
         */
        get: operations["ProjectionOperationsController_rebuilds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/read-models/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where each read model stands; with Accept: text/event-stream, a live stream of its advances
         * @description As JSON: each read model’s checkpoint. As server-sent events (Accept: text/event-stream): one `positions` event at once, then one each time a read model advanced (coalesced to at most one every 250 ms), and a comment line every 15 s to keep the connection open; the event’s id is the task board’s position. Send the bearer token in Authorization, as on every route (never in the URL). A page refetches what it shows when the read model behind it moved.
         */
        get: operations["ReadModelPositionsController_positions"];
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
        /**
         * The board (督办台账): filter, search (Chinese included), sort and page the tasks
         * @description A page of tasks with names, Chinese labels and the flags as of now (light, overdue, stale), and total, page, limit, pages. Filters combine; lists are comma-separated or repeated. A bad or unknown parameter is a 400 that names it. A unit member’s free text (q) reaches the descriptions only of tasks its unit leads or co-operates on.
         */
        get: operations["TaskQueriesController_list"];
        put?: never;
        /**
         * Issue a task (立项交办) — supervisor
         * @description Puts a task of a launched programme on the ledger with its lead unit, co-units, leader in charge and deadline; the lead unit must then acknowledge it. The task id is yours to give or derived from the Idempotency-Key. Answers 201 with Location: /api/tasks/{taskId}.
         */
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
        /**
         * One task in full, with the commands the caller may send on it (allowedCommands); the ETag is its stream revision and a digest of allowedCommands (send it as If-Match with a command, or If-None-Match for a 304)
         * @description Plan, milestones, latest progress, open urges and extension requests, co-operation, outcomes, countersigns, rating and look-back reviews, with names and Chinese labels. A unit member reads it only when their unit leads or co-operates on the task.
         */
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
        /**
         * Accept the completion (办结) — supervisor
         * @description Accepts the completion the lead unit reported: the task is completed (on time or not, by its original deadline).
         */
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
        /**
         * Acknowledge the task (签收) — lead unit
         * @description The lead unit takes the task on; from then on it plans and reports. Takes no field: send {}.
         */
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
        /**
         * Cancel the task (撤销), for good — supervisor
         * @description Cancels the task with the reason; a cancelled task accepts no command again (TASK_CANCELLED).
         */
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
        /**
         * Report completion (完成情况汇报); needs every co-unit’s countersign — lead unit
         * @description The lead unit reports the task complete with its summary; the supervisor then accepts or returns it.
         */
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
        /**
         * Ask a unit to co-operate or pass on leads (协作配合, 线索移送) — lead unit or a co-unit
         * @description Asks another unit for help or for leads on the task; the request id is answered in created.requestId, and the unit asked answers it.
         */
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
        /**
         * Answer a co-operation request — the unit asked
         * @description The unit that was asked answers the co-operation request.
         */
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
        /**
         * Countersign the completion (会签) — each co-unit
         * @description A co-unit signs off its part before the lead unit reports completion; an optional comment.
         */
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
        /**
         * Ask for a later deadline, before the deadline (申请延期) — lead unit
         * @description Asks for a later deadline with the reason, before the deadline in force; its id is answered in created.requestId, and the supervisor approves or rejects it.
         */
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
        /**
         * Grant the extension — supervisor
         * @description Approves an open extension request: the requested date becomes the deadline in force (the original one is kept for the on-time rate). Takes no field: send {}.
         */
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
        /**
         * Refuse the extension — supervisor
         * @description Rejects an open extension request with the reason; the deadline stays.
         */
        post: operations["TaskWorkController_rejectExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{taskId}/files/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an evidence file of a task (佐证材料下载)
         * @description A file a report of this task attached (the task’s detail lists them under evidenceFiles). The same scope as the detail: a unit member downloads only from a task their unit leads or co-operates on. The file must be attached to this task: a hash alone opens nothing.
         */
        get: operations["EvidenceFilesController_download"];
        put?: never;
        post?: never;
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
        /**
         * Record an instruction (批示) — the task’s leader
         * @description The leader in charge records an instruction on the task; it shows in the detail and the timeline.
         */
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
        /**
         * Open a look-back review (回头看) — supervisor
         * @description Reopens a completed task for a look-back with the findings; the lead unit reports rectification. The review id is answered in created.reviewId.
         */
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
        /**
         * Close the look-back review — supervisor
         * @description Closes the open look-back review with its conclusion; the task is completed again.
         */
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
        /**
         * Complete a milestone — lead unit
         * @description Marks a milestone of the plan done. Takes no field: send {}.
         */
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
        /**
         * Record an outcome: a typical case, a rule, a system built (成果) — lead unit or a co-unit
         * @description Adds an outcome of the work (典型案例, 规范性文件, 制度机制, 调研报告); its id is answered in created.outcomeId.
         */
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
        /**
         * Submit the work plan with milestones (工作打算) — lead unit or its leader
         * @description The plan and its milestones, each with a due date; the server gives each milestone its id (answered in created.milestoneIds). A later plan replaces the earlier one.
         */
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
        /**
         * Report progress (进展汇报), optionally answering an urge — lead unit, its leader or a co-unit
         * @description What was done and how far the task is (percent); with answersUrgeId it answers an urge notice. A co-unit reports its own part.
         */
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
        /**
         * Rate a completed task (评价) — supervisor
         * @description Rates a completed task: excellent 优秀, good 良好, pass 合格 or fail 不合格.
         */
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
        /**
         * Reassign responsibility (改派) — supervisor
         * @description Gives the task a new lead unit and co-units (and, when it changes, a new leader in charge), with the reason; the new lead unit acknowledges it again.
         */
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
        /**
         * Report rectification during a look-back (整改) — lead unit
         * @description The lead unit reports what it rectified on the open look-back review.
         */
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
        /**
         * Resume a suspended task — supervisor
         * @description Takes a suspended task up again, with the reason; it returns to the stage it was suspended in.
         */
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
        /**
         * Return the completion for more work (退回重办) — supervisor
         * @description Sends a reported completion back with the reason; the task is in progress again and the co-units countersign anew.
         */
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
        /**
         * Send a misrouted task back (退回) — lead unit
         * @description The lead unit says the task is not its to lead, with the reason; the supervisor then reassigns it.
         */
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
        /**
         * Suspend the task (中止) — supervisor
         * @description Puts the task on hold with the reason: its deadline is not watched until it is resumed.
         */
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
        /**
         * A task’s history: one entry per event, with a Chinese label, a short sentence, the actor and the time
         * @description Paged, oldest first: by page number, or by after = the previous page’s nextCursor (no entries skipped, as cheap deep in a long history as at its start). The same scope as the detail: a unit member reads it only for a task their unit leads or co-operates on.
         */
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
        /**
         * Urge the task (催办) — supervisor
         * @description Sends an urge notice with the reason and the date a reply is due by; its id is answered in created.urgeId, and a progress report answers it (answersUrgeId).
         */
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
        /**
         * Register a unit (内设机构 or procuratorate) — supervisor
         * @description Adds a unit to the directory, so tasks can name it as lead or co-unit. The id is yours to give or derived from the Idempotency-Key. Answers 201 with Location: /api/units/{unitId}.
         */
        post: operations["DirectoryController_registerUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit, by id
         * @description The unit as the organisation read model knows it (where `POST /api/units` points with Location). A malformed id is a 400 (BAD_ID), an unknown one a 404 (UNIT_NOT_FOUND).
         */
        get: operations["DirectoryQueriesController_unit"];
        put?: never;
        post?: never;
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
        /**
         * The event store and the database are reachable
         * @description Public and outside the request budget. 200 when both answer within 3 s; 503 naming the one that does not (the driver’s message goes to the log only).
         */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process serves HTTP
         * @description Public and outside the request budget; touches no dependency, so a database outage does not get the process restarted (readiness takes it out of rotation instead).
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: dependencies up and the read models caught up
         * @description Public and outside the request budget. 200 when the event store and the database answer and every read model is at most READY_MAX_LAG_EVENTS (default 1000) events behind the log; 503 naming what is not (`projections` when a read model is behind; how far goes to the log).
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (admin only)
         * @description HTTP durations by route and status, commands by type and outcome, append latency, events appended, deadline watcher rounds, notifier rounds, reminder rounds and delivery tries by channel and outcome, the notifier’s position, lag and outbox, and per read model its checkpoint, lag and parked events, the held-back log and the process’s own figures, in the Prometheus text format.
         */
        get: operations["MetricsController_scrape"];
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
             * @example dept-9
             */
            unitId: string;
        };
        AttachmentDto: {
            /**
             * @description the media type POST /api/files answered (sniffed from the bytes)
             * @example application/pdf
             */
            mediaType: string;
            /** @description the file name shown to readers, e.g. 完成情况报告.pdf (no path) */
            name: string;
            /**
             * @description the file’s SHA-256 (lower-case hex), as POST /api/files answered it
             * @example 3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5
             */
            sha256: string;
            /**
             * @description bytes, as POST /api/files answered
             * @example 48213
             */
            size: number;
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
            /** @description give it as after for the next page (cheaper than page + 1 deep in the board); null on the last page */
            nextCursor?: string | null;
            page: number;
            pages: number;
            total: number;
            /** @description false when more than 10,000 tasks match: counting stops there, and total (and pages) are that lower bound */
            totalExact: boolean;
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
            kind: "hash_mismatch" | "prev_hash_mismatch" | "revision_gap" | "missing_hash" | "missing_tail" | "unknown_chain_version" | "chain_downgrade" | "hash_algorithm_mismatch";
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
            /**
             * @description ids of what the command created (milestoneIds, urgeId, requestId, outcomeId, reviewId)
             * @example {
             *       "urgeId": "urge-5f0c…"
             *     }
             */
            created?: {
                [key: string]: string | string[];
            };
            /**
             * @description id of the task, programme, unit or official the command acted on
             * @example spp-2022-2022-01
             */
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
            /**
             * @description the stream the events went to
             * @example task-spp-2022-2022-01
             */
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
        ConsoleConfigView: {
            /** @description with signIn = oidc */
            oidc?: components["schemas"]["ConsoleOidcView"];
            /**
             * @description oidc: through the organisation’s identity provider; demo: the embedded demo’s users; none: tokens from elsewhere only
             * @example demo
             * @enum {string}
             */
            signIn: "oidc" | "demo" | "none";
        };
        ConsoleOidcView: {
            /**
             * @description the console’s client id at the provider (a public client: authorization code with PKCE)
             * @example ledger-console
             */
            clientId: string;
            /**
             * @description the provider’s issuer: its discovery document is at /.well-known/openid-configuration under it
             * @example https://id.example.org
             */
            issuer: string;
            /**
             * @description the API as a resource indicator (RFC 8707): the access token’s audience
             * @example ledger-api
             */
            resource?: string;
            /**
             * @description the scopes asked for
             * @example openid profile
             */
            scope: string;
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
        DeliveryStatusView: {
            attempts: number;
            /** @enum {string} */
            cause: "task_issued" | "task_reassigned" | "urged" | "extension_ruled" | "completion_returned" | "look_back_opened" | "countersign_requested" | "deadline_approaching" | "urge_reply_due" | "no_progress";
            /** @description the event id that caused it, or reminder:<task>:<kind>:<date> for a reminder */
            causeId: string;
            /** @example 催办 */
            causeLabel: string;
            /** @enum {string} */
            channel: "inbox" | "email" | "webhook";
            /** Format: date-time */
            deliveredAt: string | null;
            /**
             * Format: uuid
             * @description the delivery id, sent as X-Notification-Id
             */
            id: string;
            lastError: string | null;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description unit:<id>, leader:<id> or supervisor
             * @example unit:dept-9
             */
            recipient: string;
            /**
             * @description failed: a try failed, another is scheduled; dead: every try failed (an admin may retry it)
             * @enum {string}
             */
            status: "pending" | "failed" | "delivered" | "dead";
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
        DependencyStatusView: {
            /**
             * @example up
             * @enum {string}
             */
            status: "up" | "down";
        };
        DigestAnswerDto: {
            /**
             * @description the ledger’s hash: sm3-rolling-v1 in a ledger created with SM3
             * @enum {string}
             */
            algorithm: "sha256-rolling-v1" | "sm3-rolling-v1";
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
        EmptyBody: Record<string, never>;
        EmptyDto: Record<string, never>;
        EvidenceFileProblemDto: {
            /** @description the SHA-256 of the bytes stored now (null when missing) */
            actualSha256: string | null;
            eventId: string;
            /** @example CompletionReported */
            eventType: string;
            /** @example application/pdf */
            mediaType: string;
            /**
             * @description the file name the event recorded
             * @example 完成情况报告.pdf
             */
            name: string;
            /** @description its global position */
            position: string;
            /**
             * @description missing: the store has no such file; altered: its bytes no longer hash to what the event recorded
             * @enum {string}
             */
            problem: "missing" | "altered";
            /** @description its revision in the stream */
            revision: string;
            /** @description the SHA-256 the event recorded */
            sha256: string;
            size: number;
            /** @description the stream of the event that recorded it */
            streamId: string;
        };
        EvidenceFileRefView: {
            attachedAt: string;
            /**
             * @description the act that attached it (its event type)
             * @example CompletionReported
             */
            attachedBy: string;
            /**
             * @description that act in Chinese
             * @example 报告完成情况
             */
            attachedByLabel: string;
            /**
             * @description where to download it
             * @example /api/tasks/spp-2022-2022-01/files/3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5
             */
            href: string;
            /** @example application/pdf */
            mediaType: string;
            /** @example 完成情况报告.pdf */
            name: string;
            /** @description the SHA-256 of the bytes: download with GET /api/tasks/{taskId}/files/{sha256} */
            sha256: string;
            /** @description bytes */
            size: number;
        };
        EvidenceFilesReportDto: {
            /** @description distinct files the log records */
            files: number;
            /** @description files whose stored bytes hash to what was recorded */
            intact: number;
            /** @description each reference to a missing or altered file, in log order */
            problems: components["schemas"]["EvidenceFileProblemDto"][];
            /** @description events’ references to them */
            references: number;
        };
        EvidenceFileView: {
            /**
             * @description false when the same bytes were already stored (the answer is the same)
             * @example true
             */
            created: boolean;
            /**
             * @description the media type, as the bytes show it (not as the client declared)
             * @example application/pdf
             */
            mediaType: string;
            /**
             * @description the file name sent (its last path segment)
             * @example 完成情况报告.pdf
             */
            name: string;
            /**
             * @description the SHA-256 of the bytes (lower-case hex): the file’s id; give it with name, mediaType and size in a report’s attachments
             * @example 3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5
             */
            sha256: string;
            /**
             * @description bytes
             * @example 48213
             */
            size: number;
        };
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
        HealthReportView: {
            /**
             * @description every dependency checked
             * @example {
             *       "eventStore": {
             *         "status": "up"
             *       },
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details: {
                [key: string]: components["schemas"]["DependencyStatusView"];
            };
            /**
             * @description the dependencies that are down
             * @example {}
             */
            error?: {
                [key: string]: components["schemas"]["DependencyStatusView"];
            };
            /**
             * @description the dependencies that are up
             * @example {
             *       "eventStore": {
             *         "status": "up"
             *       },
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
                [key: string]: components["schemas"]["DependencyStatusView"];
            };
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "error";
        };
        HeldBackLogView: {
            /**
             * @description events committed but not yet visible to readers: the head, every lag and X-Min-Position waits stop before them
             * @example 0
             */
            events: number;
            /** @description the oldest open transaction of the server, when events are held back */
            oldestTransaction?: components["schemas"]["HoldingTransactionView"] | null;
        };
        HoldingTransactionView: {
            /**
             * @description how long the transaction has been open
             * @example 12.5
             */
            ageSeconds: number;
            /**
             * @description its application_name: who opened it
             * @example psql
             */
            applicationName: string;
            /**
             * @description its database: any database of the server holds the log back
             * @example reporting
             */
            database?: string | null;
            /**
             * @description the server process of the transaction (pg_terminate_backend ends it)
             * @example 41230
             */
            pid: number;
            /**
             * @description when it began
             * @example 2026-03-02T01:00:00.000Z
             */
            startedAt: string;
            /**
             * @description pg_stat_activity state; null when the database role may not see it (grant pg_read_all_stats)
             * @example idle in transaction
             */
            state?: string | null;
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
        InboxItemView: {
            body: string;
            /** @enum {string} */
            cause: "task_issued" | "task_reassigned" | "urged" | "extension_ruled" | "completion_returned" | "look_back_opened" | "countersign_requested" | "deadline_approaching" | "urge_reply_due" | "no_progress";
            /** @example 催办 */
            causeLabel: string;
            /**
             * Format: uuid
             * @description the delivery id: the same in every channel’s copy of this notification to this recipient
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            read: boolean;
            /** Format: date-time */
            readAt: string | null;
            /** @example spp-current-03 */
            taskId: string | null;
            /** @example 催办通知：2026-03 … */
            title: string;
        };
        InboxPageView: {
            items: components["schemas"]["InboxItemView"][];
            limit: number;
            offset: number;
            /** @description how many the filter matches */
            total: number;
            /** @description how many are not read yet (the badge) */
            unread: number;
        };
        InboxReadView: {
            /** Format: uuid */
            id: string;
            /** @enum {boolean} */
            read: true;
            /**
             * Format: date-time
             * @description the first time it was marked read
             */
            readAt: string;
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
             * @example leader-juvenile
             */
            leadLeaderId: string;
            /**
             * @description the lead unit (牵头单位)
             * @example dept-9
             */
            leadUnitId: string;
            /**
             * @description the programme (督办批次) the task belongs to
             * @example spp-2022
             */
            programmeId: string;
            /** @description task id; generated when absent (from the Idempotency-Key when one is sent) */
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
            /**
             * @description how many tasks it plans
             * @example 68
             */
            plannedTaskCount: number;
            /** @description programme id; generated when absent */
            programmeId?: string;
            /** @description title, e.g. 最高检党组2022年重点督办任务 */
            title: string;
            /**
             * @description the year it is for
             * @example 2022
             */
            year: number;
        };
        LedgerSignatureDto: {
            /**
             * @description ed25519 (the default), or sm2-sm3 (SM2 with SM3, GB/T 32918) for a ledger created with the national cryptography option
             * @enum {string}
             */
            algorithm: "ed25519" | "sm2-sm3";
            /** @description SHA-256 of the signing public key (SPKI DER), hex: GET /api/audit/keys lists it */
            keyId: string;
            /** @description base64 signature over the RFC 8785 form of the object it sits in, without this field */
            value: string;
        };
        LivenessView: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        LogDigestDto: {
            /**
             * @description the ledger’s hash: sm3-rolling-v1 in a ledger created with SM3
             * @enum {string}
             */
            algorithm: "sha256-rolling-v1" | "sm3-rolling-v1";
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
        NotificationRetryView: {
            /** Format: uuid */
            id: string;
            /**
             * @description due now: the dispatcher sends it at its next poll, with a fresh set of tries
             * @enum {string}
             */
            status: "pending";
        };
        NotifierStatusView: {
            /** @description whether this process runs the notifier now (it runs only where the projector lease is held: with a separate projector process, false here) */
            activeHere: boolean;
            /**
             * @description position the notifier reached; null before its first batch
             * @example 812-45
             */
            checkpoint?: string | null;
            /** @description deliveries dead-lettered after the last try (POST /api/notifications/{id}/retry) */
            dead: number;
            /** @description the log head */
            head: string;
            /** @description task events after its checkpoint, up to the head */
            lag: number;
            /** @description true when the lag count stopped at its cap */
            lagCapped: boolean;
            /** @example notifier */
            name: string;
            /** @description events it parked, waiting for a replay */
            parked: number;
            /** @description mail and webhook deliveries still to be tried (pending or failed) */
            pending: number;
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
            /** @example task-spp-2022-2022-01 */
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
        ProblemView: {
            /**
             * @description stable machine-readable code, e.g. TASK_NOT_FOUND, VALIDATION_FAILED, STALE_REVISION, ROLE_NOT_ALLOWED
             * @example STALE_REVISION
             */
            code: string;
            /**
             * @description RFC 9457 detail: what went wrong with this request, in words (= message)
             * @example the task changed since revision 3; its current revision is 5
             */
            detail: string;
            /**
             * @description machine-readable particulars: `fields` (each refused field and why) for a 400, `currentRevision` for every 409 and 412, `allowedRoles` for a refused role, `budget` for a 429
             * @example {
             *       "expectedRevision": 3,
             *       "currentRevision": 5
             *     }
             */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description the status name (kept for existing clients)
             * @example PRECONDITION_FAILED
             */
            error: string;
            /**
             * @description RFC 9457 instance: the path of the request that was refused
             * @example /api/tasks/spp-2022-2022-01/urge
             */
            instance: string;
            /**
             * @description the detail again (kept for existing clients; = detail)
             * @example the task changed since revision 3; its current revision is 5
             */
            message: string;
            /**
             * @description RFC 9457 status: the HTTP status code
             * @example 412
             */
            status: number;
            /**
             * @description the HTTP status code again (kept for existing clients; = status)
             * @example 412
             */
            statusCode: number;
            /**
             * @description RFC 9457 title: the status phrase, the same for every problem of that status
             * @example Precondition Failed
             */
            title: string;
            /**
             * @description RFC 9457 problem type: a URI reference naming the code; it resolves to this API document
             * @example /api/docs#problem-STALE_REVISION
             */
            type: string;
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
            /** @example 2022 */
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
            /** @description what an older open transaction holds back from readers (PostgreSQL event store); null with EventStoreDB */
            heldBack?: components["schemas"]["HeldBackLogView"] | null;
            /** @description the notifier: its position, lag and outbox */
            notifier: components["schemas"]["NotifierStatusView"];
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
            /**
             * @description ed25519 (the default), or sm2-sm3 (SM2 with SM3, GB/T 32918) for a ledger created with the national cryptography option
             * @enum {string}
             */
            algorithm: "ed25519" | "sm2-sm3";
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
        ReadModelPositionsView: {
            /**
             * @description each read model’s checkpoint, as command answers give positions: a read model has reached a write when its position is at or past the write’s
             * @example {
             *       "organisation": "812-45",
             *       "task-board": "812-45",
             *       "task-detail": "812-45",
             *       "task-timeline": "812-45"
             *     }
             */
            positions: {
                [key: string]: string;
            };
        };
        ReasonDto: {
            /** @description why */
            reason: string;
        };
        ReassignResponsibilityDto: {
            /** @description the co-operating units from now on */
            coUnitIds: string[];
            /**
             * @description the new leader in charge, when it changes
             * @example leader-civil
             */
            leadLeaderId?: string;
            /**
             * @description the new lead unit
             * @example dept-6
             */
            leadUnitId: string;
            /** @description why */
            reason: string;
        };
        RebuildOutcomeView: {
            /**
             * @description the physical names the fresh tables had before they took the live names
             * @example {
             *       "task_board": "task_board__r1764057600000"
             *     }
             */
            builtAs: Record<string, never>;
            /** @description events replayed */
            events: number;
            /**
             * @description the checkpoint the swapped-in tables start from
             * @example 812-45
             */
            position: string;
            /** @description how long the rebuild took */
            seconds: number;
        };
        RebuildStatusView: {
            /** @description once failed: why */
            error: string | null;
            /** @description events of the read model’s streams applied to the fresh tables so far */
            eventsApplied: number;
            /** Format: date-time */
            finishedAt: string | null;
            /** @description once finished: what went live */
            outcome: components["schemas"]["RebuildOutcomeView"] | null;
            /** @description how far along the log to the target, 0–100 */
            percent: number;
            /**
             * @description replaying the log into fresh tables, swapping them in, finished (live) or failed (the live model unchanged)
             * @enum {string}
             */
            phase: "replaying" | "swapping" | "finished" | "failed";
            /**
             * @description the log position reached so far
             * @example 812-45
             */
            position: string | null;
            /** @example task-board */
            projection: string;
            /** Format: date-time */
            startedAt: string;
            /**
             * @description the log head the rebuild works towards (it moves on as the log grows)
             * @example 812-45
             */
            targetPosition: string;
        };
        RecordInstructionDto: {
            /** @description the instruction (批示) */
            text: string;
        };
        RecordOutcomeDto: {
            /** @description evidence files (佐证材料), each uploaded first with POST /api/files */
            attachments?: components["schemas"]["AttachmentDto"][];
            /** @description description */
            description?: string;
            /**
             * @description typical_case 典型案例, rule 规范性文件, system 制度机制, report 调研报告, other 其他
             * @enum {string}
             */
            kind: "typical_case" | "rule" | "system" | "report" | "other";
            /** @description title */
            title: string;
        };
        RectificationView: {
            reportedAt: string;
            summary: string;
        };
        RegisterOfficialDto: {
            /**
             * @description leader 院领导, committee_member 检委会委员, staff 工作人员
             * @enum {string}
             */
            kind: "leader" | "committee_member" | "staff";
            /** @description official id; generated when absent */
            officialId?: string;
            /** @description title, e.g. 分管院领导 (titles, not names) */
            title: string;
            /**
             * @description the unit the official belongs to
             * @example dept-9
             */
            unitId?: string;
        };
        RegisterUnitDto: {
            /**
             * @description department 内设机构, procuratorate 检察院, institution 直属事业单位
             * @enum {string}
             */
            kind: "department" | "procuratorate" | "institution";
            /** @description name, e.g. 第九检察厅 */
            name: string;
            /** @description unit id; generated when absent */
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
             * @example task-spp-2022-2022-01
             */
            streamId?: string;
        };
        ReportCompletionDto: {
            /** @description evidence files (佐证材料), each uploaded first with POST /api/files */
            attachments?: components["schemas"]["AttachmentDto"][];
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
            /** @description the urge notice this report answers */
            answersUrgeId?: string;
            /** @description evidence files (佐证材料), each uploaded first with POST /api/files */
            attachments?: components["schemas"]["AttachmentDto"][];
            /**
             * @description how far the task is, in percent
             * @example 40
             */
            percent: number;
            /** @description what was done (进展情况) */
            summary: string;
        };
        ReportRectificationDto: {
            /** @description evidence files (佐证材料), each uploaded first with POST /api/files */
            attachments?: components["schemas"]["AttachmentDto"][];
            /** @description rectification done (整改情况) */
            summary: string;
        };
        RequestCooperationDto: {
            /**
             * @description the unit asked to co-operate
             * @example dept-1
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
            /**
             * @description the ledger’s hash: sm3-rolling-v1 in a ledger created with SM3
             * @enum {string}
             */
            digestAlgorithm: "sha256-rolling-v1" | "sm3-rolling-v1";
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
            /** @description the milestones; the server gives each its id (answered in created.milestoneIds) */
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
            /** @description evidence files (佐证材料) the task’s reports attached, in the order attached, each with the act that attached it */
            evidenceFiles: components["schemas"]["EvidenceFileRefView"][];
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
            /** @description whom the notifier told of this event, over which channel, and whether it arrived (delivery records, not events) */
            notifications: components["schemas"]["DeliveryStatusView"][];
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
            /**
             * @description give it as after for the next page: the revision of this page’s last entry; null on the last page
             * @example 49
             */
            nextCursor?: string | null;
            page: number;
            pages: number;
            /** @description the reminders the clock raised on the task (deadline ahead, urge reply due, no progress), each delivery with its status; on every page */
            reminders: components["schemas"]["DeliveryStatusView"][];
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
                3?: number;
            };
            digestCheck: components["schemas"]["DigestCheckDto"] | null;
            elapsedMs: number;
            eventsChecked: number;
            /** @description every evidence file an event records, checked against the store by its SHA-256 */
            evidenceFiles: components["schemas"]["EvidenceFilesReportDto"] | null;
            firstBreak: components["schemas"]["ChainBreakDto"] | null;
            /** @description the digest of everything verified */
            head: components["schemas"]["LogDigestDto"];
            /** @description true when every chain holds (and the kept digest matches, when given) and every evidence file is stored unaltered */
            ok: boolean;
            /**
             * @description each stream’s chain version(s), by stream id
             * @example {
             *       "task-2c7…": "2"
             *     }
             */
            streamChainVersions: {
                [key: string]: "1" | "2" | "1→2" | "3";
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
                at?: string;
                /** @description page size */
                limit?: number;
                /** @description rows to skip */
                offset?: number;
                /** @description global log position */
                position?: string;
                /** @description only this programme’s tasks */
                programmeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the board then */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardAsOfDto"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an auditor may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    AuditIntegrityController_digest: {
        parameters: {
            query?: {
                /** @description up to this position (default: the head) */
                position?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the digest and the position it covers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestAnswerDto"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an auditor may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    AuditHistoryController_events: {
        parameters: {
            query?: {
                /** @description user id of who acted */
                actor?: string;
                /** @description acts from this ISO 8601 time (occurredAt), inclusive */
                from?: string;
                /** @description first log position, inclusive (<commit>-<prepare>, as command answers give it) */
                fromPosition?: string;
                /** @description one stream, e.g. task-<id>, programme-<id>, directory */
                stream?: string;
                /** @description acts up to this ISO 8601 time, inclusive */
                to?: string;
                /** @description last log position, inclusive */
                toPosition?: string;
                /** @description event types, comma-separated */
                type?: string;
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
                content: {
                    "application/x-ndjson; charset=utf-8": string;
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an auditor may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    AuditIntegrityController_export: {
        parameters: {
            query?: {
                /** @description user id of who acted */
                actor?: string;
                /** @description csv is UTF-8 with a BOM, RFC 4180 quoting */
                format?: "ndjson" | "csv";
                /** @description acts from this ISO 8601 time (occurredAt), inclusive */
                from?: string;
                /** @description first log position, inclusive (<commit>-<prepare>, as command answers give it) */
                fromPosition?: string;
                /** @description one stream, e.g. task-<id>, programme-<id>, directory */
                stream?: string;
                /** @description acts up to this ISO 8601 time, inclusive */
                to?: string;
                /** @description last log position, inclusive */
                toPosition?: string;
                /** @description event types, comma-separated */
                type?: string;
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
                    /** @description attachment; filename="audit-export-<time>.<format>" */
                    "Content-Disposition"?: string;
                    /** @description events in the export */
                    "X-Export-Count"?: number;
                    /** @description the digest of the log up to the export’s last position */
                    "X-Export-Log-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson; charset=utf-8": string;
                    "text/csv; charset=utf-8; header=present": string;
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an auditor may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an auditor may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    LedgerExportController_asOf: {
        parameters: {
            query?: {
                /** @description ISO 8601 time: the acts that had happened by then */
                at?: string;
                /** @description global log position, as command answers give it */
                position?: string;
                /** @description only this programme’s tasks */
                programmeId?: string;
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an auditor may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    AuditSealsController_list: {
        parameters: {
            query?: {
                /** @description how many of the latest seals */
                limit?: number;
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an auditor may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    AuditAsOfController_task: {
        parameters: {
            query?: {
                /** @description ISO 8601 time: the acts that had happened by then (by the command clock) */
                at?: string;
                /** @description global log position */
                position?: string;
                /** @description stream revision, 0-based */
                revision?: number;
            };
            header?: never;
            path: {
                /** @description the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the task then */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAsOfDto"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an auditor may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    AuditHistoryController_taskHistory: {
        parameters: {
            query?: {
                /** @description user id of who acted */
                actor?: string;
                /** @description acts from this ISO 8601 time (occurredAt), inclusive */
                from?: string;
                /** @description first log position, inclusive (<commit>-<prepare>, as command answers give it) */
                fromPosition?: string;
                /** @description acts up to this ISO 8601 time, inclusive */
                to?: string;
                /** @description last log position, inclusive */
                toPosition?: string;
                /** @description event types, comma-separated */
                type?: string;
            };
            header?: never;
            path: {
                /** @description the task */
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
                content: {
                    "application/x-ndjson; charset=utf-8": string;
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an auditor may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    AuditIntegrityController_verify: {
        parameters: {
            query?: {
                /** @description a digest kept from GET /api/audit/digest (give position too) */
                digest?: string;
                /** @description the position that digest was taken at */
                position?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report (ok, the breaks, the digest check) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationReportDto"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an auditor may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    ConsoleConfigController_config: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description how to sign in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleConfigView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
            /** @description the rows, one per leader */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDashboardView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
                /** @description the programme */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the programme’s figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDashboardView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
            /** @description the rows, one per unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDashboardView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
            /** @description a token for the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoTokenView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description not in demo mode (DEMO_MODE_OFF) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
            /** @description the demo users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoUsersView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description not in demo mode (DEMO_MODE_OFF) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    EvidenceFilesController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the file: PDF, Office document or image
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description these bytes were already stored: the same answer, created false */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sha256": "3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5",
                     *       "name": "完成情况报告.pdf",
                     *       "mediaType": "application/pdf",
                     *       "size": 48213,
                     *       "created": false
                     *     }
                     */
                    "application/json": components["schemas"]["EvidenceFileView"];
                };
            };
            /** @description stored: give sha256, name, mediaType and size in a report’s attachments */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sha256": "3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5",
                     *       "name": "完成情况报告.pdf",
                     *       "mediaType": "application/pdf",
                     *       "size": 48213,
                     *       "created": true
                     *     }
                     */
                    "application/json": components["schemas"]["EvidenceFileView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only any unit member or any leader may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the file is larger than EVIDENCE_MAX_BYTES (default 20 MiB) (FILE_TOO_LARGE, details.maxBytes) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description not multipart/form-data (UNSUPPORTED_MEDIA_TYPE), or the bytes are not of a type EVIDENCE_MEDIA_TYPES allows (UNSUPPORTED_FILE_TYPE, details.detected and details.allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                /** @description page size, 1 to 200 */
                limit?: number;
                /** @description how many to skip (newest first) */
                offset?: number;
                /** @description true: only the notifications not read yet */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    InboxController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the notification’s delivery id (InboxItem.id, X-Notification-Id) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description it is read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxReadView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor), any unit member or any leader may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such notification in your inbox (NOTIFICATION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    LedgerExportController_live: {
        parameters: {
            query?: {
                /** @description the nextCursor of the previous page: the page after it, read from the index where that one ended (no rows skipped, so as cheap on page 1,000 as on page 1); with the same filters, sort and order; page is then ignored */
                after?: string;
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    NotificationOperationsController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the notification’s delivery id (InboxItem.id, X-Notification-Id) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description it is due again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationRetryView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an admin may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such delivery (NOTIFICATION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description nothing to retry: it was delivered, or it is an inbox notification, which is delivered when written (NOTIFICATION_NOT_RETRYABLE) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    DirectoryController_registerOfficial: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOfficialDto"];
            };
        };
        responses: {
            /** @description the official registered */
            201: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    /** @description where it is read: /api/officials/{officialId} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: OFFICIAL_ALREADY_REGISTERED), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it (e.g. an unknown unit), or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    DirectoryQueriesController_official: {
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
                /** @description the official */
                officialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the official */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "leader-juvenile",
                     *       "title": "分管未成年人检察的院领导",
                     *       "kind": "leader",
                     *       "kindLabel": "院领导",
                     *       "unit": null,
                     *       "registeredAt": "2022-01-20T02:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["OfficialView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such official (OFFICIAL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    DirectoryController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the official */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such official (OFFICIAL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it (e.g. an unknown unit), or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    ProgrammesController_launch: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchProgrammeDto"];
            };
        };
        responses: {
            /** @description the programme registered */
            201: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    /** @description where it is read: /api/programmes/{programmeId} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: PROGRAMME_ALREADY_LAUNCHED), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
                /** @description the programme */
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/api/docs#problem-PROGRAMME_NOT_FOUND",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "no programme spp-1999 in the read models",
                     *       "instance": "/api/programmes/spp-1999",
                     *       "code": "PROGRAMME_NOT_FOUND",
                     *       "statusCode": 404,
                     *       "error": "NOT_FOUND",
                     *       "message": "no programme spp-1999 in the read models"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    ProgrammesController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the programme */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. already closed), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    PeriodReportsController_json: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a month (2026-03, 月报), a quarter (2026-Q1, 季报) or a year (2026, 年报); another form is a 400 BAD_PERIOD */
                period: string;
                /** @description the programme */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReportView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the period has not started yet (PERIOD_NOT_STARTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    PeriodReportsController_page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a month (2026-03, 月报), a quarter (2026-Q1, 季报) or a year (2026, 年报); another form is a 400 BAD_PERIOD */
                period: string;
                /** @description the programme */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the page, UTF-8 HTML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the period has not started yet (PERIOD_NOT_STARTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    PeriodReportsController_workbook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a month (2026-03, 月报), a quarter (2026-Q1, 季报) or a year (2026, 年报); another form is a 400 BAD_PERIOD */
                period: string;
                /** @description the programme */
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the period has not started yet (PERIOD_NOT_STARTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
                /** @description the programme */
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such programme (PROGRAMME_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the command path refused a row half-way (IMPORT_INCOMPLETE, details.cause), e.g. the programme closed meanwhile; rows before it stay issued */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
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
                     *       "type": "/api/docs#problem-IMPORT_ROWS_INVALID",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "detail": "1行不合格，整批未导入：请按报告修改后重新上传",
                     *       "instance": "/api/programmes/spp-2022/task-imports",
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
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store failed half-way (IMPORT_INCOMPLETE; details: importId, failedRow, failedCode, processed, total): upload the same file again to complete it */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
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
            /** @description the status of every read model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionsStatusView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    ProjectionOperationsController_checksum: {
        parameters: {
            query?: {
                /** @description also build a scratch copy and compare */
                fresh?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description the read model */
                name: "task-deadlines" | "task-board" | "task-detail" | "task-timeline" | "organisation";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the checksum (and, with fresh=true, the scratch one and matches) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecksumComparisonView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description fresh=true asked by a role other than admin or auditor (ROLE_NOT_ALLOWED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no read model of that name (UNKNOWN_PROJECTION; details.known lists the names) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    ProjectionOperationsController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the read model */
                name: "task-deadlines" | "task-board" | "task-detail" | "task-timeline" | "organisation";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayParkedDto"];
            };
        };
        responses: {
            /** @description one outcome per stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayOutcomeView"][];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an admin may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no read model of that name (UNKNOWN_PROJECTION; details.known lists the names) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    ProjectionOperationsController_rebuildStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the read model */
                name: "task-deadlines" | "task-board" | "task-detail" | "task-timeline" | "organisation";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rebuild */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildStatusView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an admin may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no read model of that name (UNKNOWN_PROJECTION; details.known lists the names); or no rebuild of it was started by this process (NO_REBUILD) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    ProjectionOperationsController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the read model */
                name: "task-deadlines" | "task-board" | "task-detail" | "task-timeline" | "organisation";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rebuild started; follow it at Location */
            202: {
                headers: {
                    /** @description where its progress is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildStatusView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an admin may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no read model of that name (UNKNOWN_PROJECTION; details.known lists the names) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a rebuild of this read model is already running, from here, another API process or the CLI (REBUILD_IN_PROGRESS); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /**
             * @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)
             *
             *     over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back
             */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    ProjectionOperationsController_parked: {
        parameters: {
            query?: {
                /** @description only this read model’s */
                projection?: "task-deadlines" | "task-board" | "task-detail" | "task-timeline" | "organisation";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the parked events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedEventView"][];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an admin may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no read model of that name (UNKNOWN_PROJECTION; details.known lists the names) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    ProjectionOperationsController_rebuilds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rebuilds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildStatusView"][];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an admin may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    ReadModelPositionsController_positions: {
        parameters: {
            query?: never;
            header?: {
                /** @description text/event-stream for the live stream; JSON otherwise */
                Accept?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the positions now (JSON), or the live stream (text/event-stream) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadModelPositionsView"];
                    "text/event-stream": string;
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskQueriesController_list: {
        parameters: {
            query?: {
                /** @description the nextCursor of the previous page: the page after it, read from the index where that one ended (no rows skipped, so as cheap on page 1,000 as on page 1); with the same filters, sort and order; page is then ignored */
                after?: string;
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
            /** @description one page of the board */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardPageView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_issue: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueTaskDto"];
            };
        };
        responses: {
            /** @description the task registered */
            201: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    /** @description where it is read: /api/tasks/{taskId} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: TASK_ALREADY_ISSUED), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it (e.g. UNKNOWN_PROGRAMME, UNKNOWN_UNIT, UNKNOWN_LEADER, a deadline before the issue date), or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
                /** @description an ETag this endpoint answered: a 304 while it is still current */
                "If-None-Match"?: string;
                /** @description a position a command answered with: wait (up to 5 s) until the read models reflect it */
                "X-Min-Position"?: string;
            };
            path: {
                /** @description the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the task */
            200: {
                headers: {
                    /** @description the stream revision and a digest of allowedCommands, quoted ("3.9f86d081"): If-Match for a command (read as revision 3), If-None-Match for a 304; it changes when the commands offered change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailView"];
                };
            };
            /** @description If-None-Match holds the current ETag: nothing changed */
            304: {
                headers: {
                    /** @description the current ETag: revision and allowedCommands digest */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor), the task’s lead unit, a co-operating unit of the task, any leader, an auditor, a reader or an admin may call this: a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: COMPLETION_NOT_REPORTED), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_acknowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the task’s lead unit may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task is no longer waiting to be acknowledged), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task is completed or already cancelled), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_reportCompletion: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the task’s lead unit may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task is not in progress), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it (e.g. a co-unit has not countersigned), or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_requestCooperation: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the task’s lead unit or a co-operating unit of the task may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task is not in progress), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it (e.g. an unknown unit), or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_provideCooperation: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the request (answered in created.requestId when it was made) */
                requestId: string;
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only a co-operating unit of the task may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND), or no such request (COOPERATION_REQUEST_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the request was already answered), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_countersign: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only a co-operating unit of the task may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. already countersigned, or the task is not in progress), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_requestExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the task’s lead unit may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. a request is already open), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it (e.g. a date not after the deadline in force, or the deadline has passed), or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_approveExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the request (answered in created.requestId when it was made) */
                requestId: string;
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND), or no such request (EXTENSION_REQUEST_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: the request is not open), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_rejectExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the request (answered in created.requestId when it was made) */
                requestId: string;
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND), or no such request (EXTENSION_REQUEST_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: the request is not open), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    EvidenceFilesController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the file’s SHA-256, as its upload answered and the task’s attachments list it */
                sha256: string;
                /** @description the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file’s bytes, with its media type and its name (Content-Disposition) */
            200: {
                headers: {
                    /** @description attachment; filename*=UTF-8''<the name the report gave> */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/x-cfb": string;
                    "image/bmp": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                    "image/webp": string;
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor), the task’s lead unit, a co-operating unit of the task, any leader, an auditor, a reader or an admin may call this: a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND), or no act of the task attached this file (EVIDENCE_FILE_NOT_FOUND), or the store lost it (EVIDENCE_FILE_MISSING: GET /api/audit/verify names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_recordInstruction: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the leader in charge of the task may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task is finished), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_openLookBack: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: the task is not completed, or a review is open), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_closeLookBack: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: no look-back review is open), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_completeMilestone: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description a milestone of the task’s plan (SubmitWorkPlan answers its id in created.milestoneIds) */
                milestoneId: string;
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the task’s lead unit may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND), or no such milestone (MILESTONE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the milestone is already done), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_recordOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the task’s lead unit or a co-operating unit of the task may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task is not in progress), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_submitPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the task’s lead unit or the leader in charge of the task may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task is not acknowledged yet), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it (e.g. a milestone due after the deadline), or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_reportProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the task’s lead unit, the leader in charge of the task or a co-operating unit of the task may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND), or no such urge notice (URGE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task is not in progress), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_rate: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: the task is not completed), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_reassign: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it (e.g. an unknown unit or leader), or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_reportRectification: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the task’s lead unit may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: no look-back review is open), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: the task is not suspended), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_returnCompletion: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: COMPLETION_NOT_REPORTED), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_sendBack: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the task’s lead unit may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles); a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task was already acknowledged), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskLifecycleController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task is finished or already suspended), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskQueriesController_timeline: {
        parameters: {
            query?: {
                /** @description the nextCursor of the previous page (the revision of its last entry): the entries after it, read from the key where that page ended (nothing skipped); page is then ignored */
                after?: number;
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
                /** @description the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePageView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor), the task’s lead unit, a co-operating unit of the task, any leader, an auditor, a reader or an admin may call this: a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    TaskWorkController_urge: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description the task */
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
            /** @description the command was applied (or, for a retried Idempotency-Key, had been: replayed is true) */
            200: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such task (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: e.g. the task is finished), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it (e.g. a reply date in the past), or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    DirectoryController_registerUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters */
                "Idempotency-Key"?: string;
                /** @description the revision (ETag) the client decided on: a stale one is a 412 with the current revision */
                "If-Match"?: string;
                /** @description kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterUnitDto"];
            };
        };
        responses: {
            /** @description the unit registered */
            201: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    /** @description true when this Idempotency-Key had been handled: the first result is answered, nothing appended */
                    "Idempotent-Replayed"?: string;
                    /** @description where it is read: /api/units/{unitId} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only the supervision office (supervisor) may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a state conflict (the code names it: UNIT_ALREADY_REGISTERED), or another writer won the race; details.currentRevision and the ETag give the revision decided on */
            409: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one */
            412: {
                headers: {
                    /** @description the stream revision the answer reflects, quoted; send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is larger than 256 kB (BODY_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a business rule refused it, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    DirectoryQueriesController_unit: {
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
                /** @description the unit */
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dept-9",
                     *       "name": "第九检察厅（未成年人检察）",
                     *       "kind": "department",
                     *       "kindLabel": "内设机构",
                     *       "registeredAt": "2022-01-20T02:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["UnitView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no such unit (UNIT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
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
            /** @description both dependencies up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a dependency is down (named under error) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportView"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the process is serving */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ready to serve */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportView"];
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description a dependency is down or a read model is too far behind (named under error) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportView"];
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the metrics in the Prometheus text exposition format (text/plain; version=0.0.4) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID) */
            401: {
                headers: {
                    /** @description Bearer, with error="invalid_token" for a bad token (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description only an admin may call this: another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description an unexpected error; the body says only that it was logged (INTERNAL) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
}
