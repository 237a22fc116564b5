"""What a log line or a dead letter's detail may show of a value a message sent.

`str(value)[:n]` of a list or table builds the whole text first, recursively: a
`line`, `import_id` or `merge` nested 950 deep (JSON decodes up to about 990 in the
main process) raised RecursionError in the pool process that formatted it, and the
whole batch of per-row messages was requeued, then dead-lettered as `worker.crashed`,
valid rows included; a bulk message with one such row lost its 999 valid ones too.
Containers are shown by type and size instead: bounded, never recursive.
"""


def shown(value, limit: int) -> str:
    """At most `limit` characters of an untrusted value, without recursing into it."""
    if isinstance(value, str):
        return value[:limit]
    if isinstance(value, (list, tuple, dict, set)):
        return f"<{type(value).__name__} of {len(value)}>"[:limit]
    return str(value)[:limit]  # numbers (at most JSON's 4,300 digits), bytes, None
