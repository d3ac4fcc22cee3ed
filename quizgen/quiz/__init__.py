"""Quizzes: a seeded draw of questions from a deck (`draw`), the learner's answers and their
score (`scoring`, `run`), and printable sheets (`sheet`). Pure: no store, no Textual, no files;
the quiz command and the quiz screens do the I/O."""
