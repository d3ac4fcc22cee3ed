"""Where the review store lives: `--db PATH`, else `$QUIZGEN_HOME/quizgen.db`, else the user's
data directory (platformdirs), e.g. ~/.local/share/quizgen/quizgen.db on Linux."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

DB_NAME = "quizgen.db"
HOME_VARIABLE = "QUIZGEN_HOME"


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    """quizgen's data directory: `$QUIZGEN_HOME` when set, else the platform's user data directory."""
    home = (os.environ if env is None else env).get(HOME_VARIABLE, "")
    if home:
        return Path(home).expanduser()
    import platformdirs

    return platformdirs.user_data_path("quizgen", appauthor=False)


def resolve_db_path(db: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The store a command should open: the `--db` value if given, else the default location."""
    if db is not None and str(db):
        return Path(db).expanduser()
    return data_dir(env) / DB_NAME
