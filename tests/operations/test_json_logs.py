"""MOTEBOK_LOG_FORMAT=json writes one JSON object a line, for log collectors."""

from __future__ import annotations

import json


def test_logs_are_one_json_object_a_line_with_motebok_log_format_json(run_django):
    result = run_django(
        "import logging; logging.getLogger('motebok.x').warning('Møte %s', 7)", MOTEBOK_LOG_FORMAT="json"
    )
    entry = json.loads(result.stderr.strip())
    assert entry["message"] == "Møte 7"
    assert entry["level"] == "WARNING" and entry["logger"] == "motebok.x"
    assert entry["time"].endswith("+00:00")
