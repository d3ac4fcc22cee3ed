"""One module per `quizgen` sub-command: `register(subparsers)` adds its parser and `run`."""
