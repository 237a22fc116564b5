"""The demo's file:// result backend: the worker starts whoever created the folder first."""

from celery import Celery

from store_people.app import celery_config
from store_people.settings import Settings


def test_a_missing_file_backend_folder_is_created_and_celery_accepts_it(tmp_path):
    folder = tmp_path / "not" / "yet" / "results"
    settings = Settings.from_env(
        {"BACKEND_CONN": f"file://{folder}", "BROKER_CONN": f"filesystem://{tmp_path}/broker"}
    )
    app = Celery("check", set_as_current=False)
    app.config_from_object(celery_config(settings))
    # Celery's FilesystemBackend writes a test file into its folder here, and raises
    # ImproperlyConfigured (the worker's start-up crash) when it cannot.
    assert app.backend.path == str(folder).encode()
    assert folder.is_dir()
