"""Scheduling, pure and clock-free: SM-2 (`sm2`), the scheduler interface (`scheduler`), study
days (`days`) and review sessions (`session`: queue, limits, same-session repeats, undo)."""
