"""Backups: the database (SQLite's online backup API, or pg_dump in custom format) and the uploaded files, with a
manifest of SHA-256 checksums written last, so that a backup without one is known to be partial."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.db import connection

import motebok

MANIFEST = "manifest.json"
FORMAT = 1
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
FILES = "files"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why, in Norwegian."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _postgres_tool(name: str) -> str:
    """pg_dump or pg_restore: from PATH, else the newest of Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which(name) or next(
        (str(p) for p in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=_major, reverse=True)),
        None,
    )
    if not found:
        raise BackupError(
            f"Fant ikke {name}: installer PostgreSQL-klienten (Debian-pakken postgresql-client)."
        )
    return found


def _major(tool: Path) -> int:
    try:
        return int(tool.parent.parent.name.split(".")[0])
    except ValueError:
        return 0


def _postgres_env() -> dict:
    db = connection.settings_dict
    env = {**os.environ}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if db.get(key):
            env[variable] = str(db[key])
    return env


def _run(command: list[str]) -> None:
    result = subprocess.run(command, env=_postgres_env(), capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} feilet: {result.stderr.strip()}")


def _kind() -> str:
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(f"Databasen {connection.vendor} støttes ikke for sikkerhetskopi.")
    return connection.vendor


def _media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []


def backup(target: Path) -> dict:
    """Write a backup of the running site into the empty or new folder `target`; return its manifest."""
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"Mappen {target} er ikke tom: velg en ny mappe for sikkerhetskopien.")
    target.mkdir(parents=True, exist_ok=True)
    kind = _kind()
    database = target / DATABASE_FILES[kind]
    if kind == "sqlite":
        # The online backup API copies a consistent snapshot while the server goes on reading and writing.
        source = sqlite3.connect(str(connection.settings_dict["NAME"]))
        copy = sqlite3.connect(str(database))
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
    else:
        _run([_postgres_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(database),
              connection.settings_dict["NAME"]])  # fmt: skip
    media = Path(settings.MEDIA_ROOT)
    files = {}
    for path in _media_files():
        name = path.relative_to(media).as_posix()
        copied = target / FILES / name
        copied.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, copied)
        files[name] = _sha256(copied)
    manifest = {
        "format": FORMAT,
        "motebok_version": motebok.__version__,
        "created": dt.datetime.now(dt.UTC).isoformat(),
        "database": {"kind": kind, "file": database.name, "sha256": _sha256(database)},
        "files": files,
    }
    # Last: a backup interrupted before this line has no manifest and is refused by restore.
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    return manifest


def _checked_manifest(source: Path) -> dict:
    """The backup's manifest, once every file it names is there with its checksum; else a clear refusal."""
    try:
        manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{source} er ingen fullstendig sikkerhetskopi: {MANIFEST} mangler.") from None
    except ValueError:
        raise BackupError(f"{source / MANIFEST} er ødelagt (ikke gyldig JSON).") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source / MANIFEST} har et ukjent format ({manifest.get('format')!r}).")
    kind = _kind()
    if manifest["database"]["kind"] != kind:
        raise BackupError(
            f"Sikkerhetskopien er av en {manifest['database']['kind']}-database, men Møtebok bruker {kind} nå."
        )
    expected = {manifest["database"]["file"]: manifest["database"]["sha256"]}
    expected |= {f"{FILES}/{name}": sha256 for name, sha256 in manifest["files"].items()}
    for name, sha256 in expected.items():
        path = source / name
        if not path.is_file():
            raise BackupError(f"Sikkerhetskopien er ufullstendig: {name} mangler.")
        if _sha256(path) != sha256:
            raise BackupError(f"Sikkerhetskopien er skadet: {name} har feil sjekksum.")
    return manifest


def _site_has_data() -> bool:
    return bool(_media_files()) or bool(connection.introspection.table_names())


def restore(source: Path, force: bool = False) -> dict:
    """Put a checked backup in place of this site's database and uploaded files; return its manifest."""
    manifest = _checked_manifest(source)
    if not force and _site_has_data():
        raise BackupError(
            f"Datamappen {settings.DATA_DIR} eller databasen har allerede innhold: "
            "gjenopprett til en tom installasjon, eller bruk --force for å overskrive."
        )
    database = source / manifest["database"]["file"]
    if manifest["database"]["kind"] == "sqlite":
        target = str(connection.settings_dict["NAME"])
        connection.close()
        backup_copy = sqlite3.connect(str(database))
        live = sqlite3.connect(target)
        try:
            backup_copy.backup(live)
        finally:
            live.close()
            backup_copy.close()
    else:
        connection.close()
        _run([_postgres_tool("pg_restore"), "--no-owner", "--clean", "--if-exists", "--single-transaction",
              "--dbname", connection.settings_dict["NAME"], str(database)])  # fmt: skip
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir():
        shutil.rmtree(media)
    for name in manifest["files"]:
        restored = media / name
        restored.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / FILES / name, restored)
    return manifest
