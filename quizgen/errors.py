"""The one error type a user sees: a message they can act on (file, line, key)."""


class QuizgenError(Exception):
    """A problem with the user's input or environment; `cli` prints it as one line and exits 2."""
