"""quizgen: turn reading notes into study items, Anki decks, reviews and quizzes."""

__version__ = "0.1.0"
