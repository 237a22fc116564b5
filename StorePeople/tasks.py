"""`celery -A tasks worker`: the documented command, a shim over the installed package."""

from store_people.app import app

__all__ = ["app"]
