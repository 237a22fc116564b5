"""The contract between CSVProcessor (the CLI) and StorePeople (the worker).

Both services install this package, so what they must agree on is written once:

- queues.py: the import queue, its bulk twin and the dead-letter queue (RabbitMQ
  refuses a redeclaration with other arguments, so both sides declare them from here);
- messages.py: task names and the shape of their keyword arguments;
- limits.py: field and message limits, and the import-id format;
- job_record.py: the key and fields of an import's record in the result backend;
- connections.py: TLS options for every connection, URL redaction, the demo's transport.
"""
