"""`csvprocessor web [--host 127.0.0.1] [--port 8080]`: serve the import page with uvicorn.

Off loopback it refuses to start (exit 2) unless WEB_TOKEN or WEB_USER and
WEB_PASSWORD are set: the page writes to the database.
"""

from csv_import.errors import USAGE, CliError, report_failure
from csv_import.usage import CommandParser, positive_int


def main(argv: list[str], settings) -> int:
    parser = CommandParser(prog="csvprocessor.py web", description="Serve the import page.")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default %(default)s)"
    )
    parser.add_argument("--port", type=positive_int, default=8080, help="default %(default)s")
    try:
        options = parser.parse_args(argv)
    except CliError as error:
        return report_failure(f"web: {error}", error.exit_code, False)
    # Imported here: the import command itself never loads the web stack.
    import os

    import uvicorn

    from csv_import.web.app import create_app
    from csv_import.web.config import WebSettings, exposure_problem

    try:
        web = WebSettings.from_env(settings.logs_dir, os.environ)
    except ValueError as error:
        return report_failure(f"configuration: {error}", USAGE, False)
    problem = exposure_problem(options.host, web)
    if problem:
        return report_failure(problem, USAGE, False)
    app = create_app(settings, web)
    print(f"the import page: http://{options.host}:{options.port}/", flush=True)
    uvicorn.run(app, host=options.host, port=options.port, log_level="info")
    return 0
