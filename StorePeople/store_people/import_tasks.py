"""The import-level tasks in a pool process: the CLI's record of an import, and undo."""

import logging
import re
import time
from typing import TypeGuard

import redis
from sqlalchemy import exc

from people_import_contract.job_record import LEASE_SECONDS, job_key, undo_key
from people_import_contract.limits import MAX_BIGINT, MAX_FIELD_LENGTH, is_import_id
from people_import_contract.messages import (
    CLI_STATES,
    MERGE,
    MERGE_POLICIES,
    RECORD_IMPORT_FIELDS,
    UNDO_IMPORT_ARGS,
)
from store_people import undo
from store_people.counts import record_summary
from store_people.job_record import job_records
from store_people.settings import Settings
from store_people.shown import shown
from store_people.store import StoreGaveUp, in_transaction
from store_people.validation import SURROGATE_OR_NUL, BadMessage, check_import_id
from store_people.verdicts import STORED, Dead, Verdict

log = logging.getLogger(__name__)

RECORD_KWARGS = frozenset({"import_id", *RECORD_IMPORT_FIELDS})
REQUEST_ID = re.compile(r"[0-9a-z-]{1,64}\Z")


def is_request_id(value) -> TypeGuard[str]:
    return isinstance(value, str) and REQUEST_ID.match(value) is not None


def record_import(settings: Settings, args, kwargs) -> Verdict:
    """tasks.record_import: the CLI's own counts, kept with the worker's in `imports`."""
    try:
        import_id = check_import_id(kwargs.get("import_id"))
    except BadMessage as error:
        log.error("record_import refused: %s", error)
        return Dead(error.code, str(error))
    # Only the record's own fields, none a list or an object: a row (`line`, `full_name`,
    # `email`), a bulk message (`rows`, a list) or an undo (`request_id`) under this task's name
    # was acknowledged as the import's record, its people or its undo gone, in no queue.
    unknown = sorted(
        str(name)[:20]
        for name, value in kwargs.items()
        if name not in RECORD_KWARGS or isinstance(value, (list, dict))
    )
    if args or unknown:
        log.error("record_import %s refused: arguments %s", import_id, unknown[:5] or "by position")
        detail = f"record_import: arguments it does not take ({', '.join(unknown[:5]) or 'args'})"
        return Dead("message.bad_shape", detail, False, import_id)
    fields = {
        name: kind(kwargs[name])
        for name, kind in RECORD_IMPORT_FIELDS.items()
        if isinstance(kwargs.get(name), kind) and not isinstance(kwargs.get(name), bool)
    }
    for name, value in fields.items():
        if isinstance(value, int) and not 0 <= value <= MAX_BIGINT:
            log.error("record_import %s refused: %s out of range", import_id, name)
            return Dead("message.bad_value", f"{name} out of range", False, import_id)
        # A NUL or a lone surrogate: text PostgreSQL can't hold, and psycopg2 refuses to send
        # a surrogate (UnicodeEncodeError, not a database error): the task raised, and the
        # import's record was dead-lettered as task.failed, with a traceback in the log.
        if isinstance(value, str) and (
            SURROGATE_OR_NUL.search(value) or len(value) > MAX_FIELD_LENGTH
        ):
            log.error("record_import %s refused: %s has a NUL, a lone surrogate or is too long",
                      import_id, name)  # fmt: skip
            return Dead(
                "message.bad_value",
                f"{name} has a NUL, a lone surrogate or is too long",
                False,
                import_id,
            )
    if "state" in fields:  # the column says whose state it is
        state = fields.pop("state")
        if state not in CLI_STATES:
            log.error("record_import %s refused: state %.20r", import_id, state)
            return Dead("message.bad_value", f"state {str(state)[:20]!r}", False, import_id)
        fields["cli_state"] = state
    if fields.get(MERGE, MERGE_POLICIES[0]) not in MERGE_POLICIES:
        log.error("record_import %s refused: merge %.20r", import_id, fields[MERGE])
        return Dead("message.bad_value", f"merge {str(fields[MERGE])[:20]!r}", False, import_id)
    try:
        in_transaction(
            settings.database_url,
            settings.store_retry_seconds,
            lambda session: record_summary(session, import_id, fields),
        )
    except (StoreGaveUp, exc.DBAPIError) as error:  # dead-lettered, never acknowledged away
        log.error("record_import %s not recorded: %s", import_id, type(error).__name__)
        code = "db.unavailable" if isinstance(error, StoreGaveUp) else "db.refused"
        return Dead(code, f"record_import: {type(error).__name__}", False, import_id)
    return STORED


def undo_import(settings: Settings, args, kwargs) -> Verdict:
    """tasks.undo_import: the undo's result goes where the CLI waits for it; Dead if unusable."""
    request_id = kwargs.get("request_id") if isinstance(kwargs, dict) else None
    if args or set(kwargs or ()) != UNDO_IMPORT_ARGS or not is_request_id(request_id):
        log.error("undo_import refused: expected kwargs import_id, request_id")
        return Dead("message.bad_shape", "expected kwargs import_id, request_id")
    import_id = kwargs["import_id"]
    if not is_import_id(import_id):
        result = {
            "import_id": shown(import_id, 40),
            "state": "unknown",
            "reason": "not an import id",
        }
    else:
        try:
            result = in_transaction(
                settings.database_url,
                settings.store_retry_seconds,
                lambda session: undo.undo(session, import_id, settings.history_days, LEASE_SECONDS),
            )
        except undo.CannotUndo as error:
            result = {"import_id": import_id, "state": error.state, "reason": str(error)}
        except (StoreGaveUp, exc.DBAPIError) as error:
            log.error("undo of %s failed: %s", import_id, type(error).__name__)
            result = {"import_id": import_id, "state": "failed", "reason": "database error"}
    log.info("undo of %s: %s", result["import_id"], result)
    tracker = job_records(settings)
    try:
        # The import's record first: whoever reads the result (undo --wait, the page, which
        # then shows the import) finds the import undone, never still done.
        if result["state"] == "undone":
            tracker.put(job_key(import_id), {"undone_at": f"{time.time():.3f}"})
        tracker.put(undo_key(request_id), result)
    except (redis.RedisError, OSError) as error:  # the database has it (imports.undone_at)
        log.warning("undo of %s: result not recorded in the backend (%s)", import_id, error)
    return STORED
