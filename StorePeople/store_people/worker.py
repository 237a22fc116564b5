"""`storepeople-worker`: the worker from the installed package, as `celery -A tasks worker` is from
StorePeople/. Its arguments are Celery's worker options (`storepeople-worker -c 4`)."""

import sys

from store_people.app import app


def main(argv: list[str] | None = None) -> None:
    app.worker_main(["worker", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
