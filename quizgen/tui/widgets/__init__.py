"""The review app's own widgets: the card, the grade bar, the typed-answer difference."""
