"""The review app's screens, one module each: decks, review, summary, stats, help."""
