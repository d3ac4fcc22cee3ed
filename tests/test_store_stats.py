"""Statistics from a store with a known history; every figure below is worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_support import at, make_items

from quizgen.errors import QuizgenError
from quizgen.store import Store

# Today is 30 March (study day 30). SM-2 runs, (repetitions, EF, interval) after each answer:
#   000 A: 28 g5 -> (1, 2.6, 1) due 29; 29 g2 -> lapse (0, 2.6, 1) due 30          -> due today
#   001 B: 28 g2 -> (0, 2.5, 1) due 29 (overdue); 28 g4 again: step-7 repeat       -> due today
#   002 C: 10 g5 -> due 11; 11 g5 -> (2, 2.7, 6) due 17; 17 g4 -> (3, 2.7, 17) due 3 April (+4)
#   003 D: 1 g5; 2 g5 -> 6 d; 8 g5 -> 17 d (EF 2.8); 25 g5 -> ceil(17 * 2.8) = 48 d, due 12 May: mature
#   004 E: new; answered today and undone (does not count)
#   005 F: new, suspended
#   006 G: 20 g5; 21 g5 -> 6 d; 27 g3 -> ceil(6 * 2.7) = 17 d (EF 2.56), due 13 April (+14)
HISTORY = [
    ("talk-000", 28, 5),
    ("talk-000", 29, 2),
    ("talk-001", 28, 2),
    ("talk-001", 28, 4),
    ("talk-002", 10, 5),
    ("talk-002", 11, 5),
    ("talk-002", 17, 4),
    ("talk-003", 1, 5),
    ("talk-003", 2, 5),
    ("talk-003", 8, 5),
    ("talk-003", 25, 5),
    ("talk-006", 20, 5),
    ("talk-006", 21, 5),
    ("talk-006", 27, 3),
]
TODAY = at(30, 10)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "q.db")
    store.sync_deck("talk", make_items(7), at(1, 5))
    for minute, (item_id, day, grade) in enumerate(HISTORY):
        store.record_answer(item_id, grade, at(day, 9, minute))
    store.record_answer("talk-004", 5, at(30, 9), session_id="today")
    store.undo_last("today", at(30, 9, 1))
    store.suspend("talk-005")
    return store


def test_card_counts(store: Store) -> None:
    stats = store.stats("talk", TODAY)
    # learning: A (1 d), B (1 d), C (17 d), G (17 d); mature: D (48 d); new: E; F suspended
    assert (stats.total, stats.new, stats.learning, stats.mature, stats.suspended) == (7, 1, 4, 1, 1)


def test_due_counts_and_forecast(store: Store) -> None:
    stats = store.stats("talk", TODAY)
    assert (stats.due_today, stats.due_week, stats.due_month) == (2, 3, 4)  # A B | C | G
    expected = [0] * 30
    expected[0], expected[4], expected[14] = 2, 1, 1
    assert list(stats.forecast) == expected


def test_reviews_per_day_leave_out_repeats_and_undone_answers(store: Store) -> None:
    stats = store.stats("talk", TODAY)
    expected = [0] * 30  # index 0 is 1 March, index 29 today
    for day in (1, 2, 8, 10, 11, 17, 20, 21, 25, 27, 29):
        expected[day - 1] = 1
    expected[27] = 2  # 28 March: A and B first showings (B's repeat left out)
    assert list(stats.reviews_per_day) == expected
    assert stats.reviews_30d == 13


def test_retention_is_the_share_of_recalled_reviews_of_items_seen_before(store: Store) -> None:
    # reviews (not first showings): A 29 g2; C g5 g4; D g5 g5 g5; G g5 g3 -> 7 of 8 graded >= 3
    assert store.stats("talk", TODAY).retention_30d == pytest.approx(7 / 8)


def test_streak_ends_yesterday_until_today_has_an_answer(store: Store) -> None:
    assert store.stats("talk", TODAY).streak == 3  # 27, 28, 29; today's answer was undone
    store.record_answer("talk-004", 5, at(30, 11))
    assert store.stats("talk", TODAY).streak == 4
    assert store.stats("talk", at(31, 10)).streak == 4  # nothing yet on the 31st: still standing
    assert store.stats("talk", at(31, 10).replace(month=4, day=1)).streak == 0  # the 31st was missed


def test_stats_for_all_decks_add_the_decks_up(store: Store) -> None:
    store.sync_deck("book", make_items(2, "book"), at(1))
    store.record_answer("book-000", 5, at(30, 8))
    stats = store.stats(None, TODAY)
    assert (stats.total, stats.new, stats.learning) == (9, 2, 5)
    assert stats.streak == 4
    assert stats.reviews_30d == 14
    assert stats.forecast[1] == 1  # book-000, due 31 March


def test_no_reviews_means_no_retention(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "q.db")
    store.sync_deck("talk", make_items(2), TODAY)
    stats = store.stats("talk", TODAY)
    assert (stats.retention_30d, stats.reviews_30d, stats.streak, stats.new) == (None, 0, 0, 2)


def test_stats_of_an_unknown_deck_name_the_file(store: Store) -> None:
    with pytest.raises(QuizgenError, match=r"q\.db: no deck named 'nope'"):
        store.stats("nope", TODAY)
