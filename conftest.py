"""Settings every test directory shares (pytest loads the rootdir's conftest first)."""

from hypothesis import settings

# No test asserts on elapsed time, and Hypothesis' default 200 ms deadline a generated
# example is one: on a loaded host a test of the reader failed at 258 ms. Off for all.
# https://hypothesis.readthedocs.io/en/latest/settings.html#hypothesis.settings.deadline
settings.register_profile("people-import", deadline=None)
settings.load_profile("people-import")
