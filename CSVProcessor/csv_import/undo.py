"""`csvprocessor.py undo IMPORT_ID [--wait] [--json]`: ask a worker to take an import back.

The worker does the undo (store_people/undo.py) in one transaction and writes its
result to the result backend under the request's own key; --wait reads it there.
Exit codes as for every command (errors.EXIT_CODES): 0 undone (or enqueued), 1 a
service failed or no worker answered, 2 an unknown import id, or one that can't be
undone now (still running). The result goes to stdout (with --json, as JSON; the
sentence then on stderr); a refusal or failure is one line on stderr.
"""

import json
import logging
import math
import sys
import time
import uuid

from csv_import.errors import SERVICE_FAILED, USAGE, CliError, ServiceError, report_failure
from csv_import.history import read_history
from csv_import.job_record import job_records_for
from csv_import.job_state import read_job, state_of
from csv_import.messages import undo_message
from csv_import.publisher import Publisher
from csv_import.usage import CommandParser, seconds, wants_json
from people_import_contract.limits import is_import_id

log = logging.getLogger(__name__)

ASKED = "enqueued"  # the state of an undo's place before the worker answers
EXIT = {"undone": 0, "enqueued": 0, "unknown": 2, "refused": 2, "failed": 1}


def request_undo(settings, import_id: str, request_id: str) -> None:
    publisher = Publisher(
        settings.broker_url,
        settings.queue,
        tls=settings.tls,
        fast_paths=False,  # one message: kombu's own publish
        queue_type=settings.queue_type,
    )
    with publisher:
        publisher.publish(undo_message(import_id, request_id), 0, rows=0)
        publisher.flush()


def last_undone(settings, import_id: str) -> str | None:
    """When PostgreSQL's history says the import was last undone ("" if never); None when
    there is no history to ask (no DATABASE_URL for the CLI, or it did not answer)."""
    if not settings.database_url:
        return None
    try:
        history = read_history(settings.database_url, import_id)
    except CliError:
        return None
    return (history or {}).get("undone_at", "")


def wait_for_result(settings, records, import_id: str, request_id: str, timeout: float,
                    undone_before: str | None) -> dict:  # fmt: skip
    """The worker's answer from the result backend. When the backend lost the request's
    place (restarted empty) or cannot be reached, PostgreSQL's history answers once it
    shows the import undone since the request was sent (its counts went with the answer)."""
    deadline = time.monotonic() + timeout
    trouble: ServiceError | None = None
    while time.monotonic() < deadline:
        try:
            result = records.read_undo(request_id)
        except ServiceError as error:
            if trouble is None:
                log.warning("undo of %s: %s; still waiting for the answer", import_id, error)
            trouble, result = error, None
        if result and result.get("state") != ASKED:
            return result
        if not result and undone_before is not None:
            undone = last_undone(settings, import_id)
            if undone and undone != undone_before:
                return {"import_id": import_id, "state": "undone", "request_id": request_id}
        time.sleep(0.2)
    lost = f" ({trouble})" if trouble is not None else ""
    raise ServiceError(
        f"no worker answered the undo of {import_id} in {timeout:.0f} s (is one running?){lost}; "
        f"it is still queued: csvprocessor.py status {import_id} shows `undone` once done"
    )


def typed(result: dict) -> dict:
    """The backend keeps strings: counts back to integers, `changed` to a boolean."""
    view = dict(result)
    for name in ("restored", "removed", "kept"):
        if name in view:
            view[name] = int(view[name])
    if "changed" in view:
        view["changed"] = view["changed"] == "True"
    return view


def sentence(view: dict) -> str:
    import_id = view["import_id"]
    if view["state"] == "enqueued":
        return f"undo of {import_id} enqueued; `status {import_id}` shows `undone` once done"
    if view["state"] != "undone":
        return f"import {import_id} not undone: {view.get('reason', view['state'])}"
    if "restored" not in view:  # answered by the history: Redis lost the worker's answer
        return f"import {import_id} undone (its counts were lost with the result backend)"
    counts = f"{view['restored']} restored, {view['removed']} removed, {view['kept']} kept"
    kept = " (kept: changed since by a later import)" if view["kept"] else ""
    if not view.get("changed"):
        before = "was already undone" if view.get("undone_before_at") else "had nothing to undo"
        return f"import {import_id} {before}; nothing changed ({counts}){kept}"
    return f"import {import_id} undone: {counts}{kept}"


def main(argv: list[str], settings) -> int:
    parser = CommandParser(prog="csvprocessor.py undo", description="Take an import back.")
    parser.add_argument("import_id")
    parser.add_argument("--wait", action="store_true", help="wait for the worker's answer")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument(
        "--timeout", type=seconds, default=settings.stall_seconds, metavar="SECONDS",
        help="with --wait: give up after this long without an answer "
        "(default: STALL_SECONDS, %(default).0f)",
    )  # fmt: skip
    as_json, import_id = wants_json(argv), "?"
    try:
        options = parser.parse_args(argv)
        import_id = options.import_id
        if not is_import_id(import_id):
            return report_failure(f"undo {import_id}: not an import id", USAGE, as_json,
                                  {"state": "unknown"})  # fmt: skip
        view = undo(settings, import_id, options)
    except CliError as error:
        known = {"import_id": import_id} if is_import_id(import_id) else {}
        return report_failure(f"undo {import_id}: {error}", error.exit_code, as_json, known)
    code = EXIT.get(view["state"], SERVICE_FAILED)
    if code != 0:  # the worker's refusal: a failure, said as one
        print(f"csvprocessor: {sentence(view)}", file=sys.stderr)
    elif options.json:
        print(sentence(view), file=sys.stderr)  # stdout holds the one JSON object
    else:
        print(sentence(view))  # the result, on stdout
    if options.json:
        print(json.dumps(view, sort_keys=True))
    return code


def undo(settings, import_id: str, options) -> dict:
    """The undo's result: refused here if the import still runs, else the worker's answer."""
    if state_of(read_job(settings, import_id), math.inf) == "running":
        reason = "it is still running; undo it once it has finished (status shows done)"
        return {"import_id": import_id, "state": "refused", "reason": reason}
    request_id = f"undo-{uuid.uuid4().hex}"
    if not options.wait:
        request_undo(settings, import_id, request_id)
        return {"import_id": import_id, "state": "enqueued", "request_id": request_id}
    undone_before = last_undone(settings, import_id)
    records = job_records_for(settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl())
    try:  # the answer's place: gone later, the backend lost it
        records.ask_undo(request_id, {"import_id": import_id, "state": ASKED})
    except ServiceError as error:
        log.warning("undo of %s: %s; the answer may be lost", import_id, error)
    request_undo(settings, import_id, request_id)
    return typed(
        wait_for_result(settings, records, import_id, request_id, options.timeout, undone_before)
    )
