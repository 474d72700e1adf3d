"""The `chitieu` console command: Django's management commands with the project's settings preset."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv if argv is None else ["chitieu", *argv])
    # `chitieu load-units` reads better than `load_units`; both spellings work.
    if len(args) > 1 and not args[1].startswith("-"):
        args[1] = args[1].replace("-", "_")
    if len(args) > 1 and args[1] == "extract":
        # Reading files needs no app loaded: skipping Django's start-up saves about a second a call.
        from chitieu.reading.__main__ import main as extract_files

        sys.exit(extract_files(args[2:]))
    execute_from_command_line(args)


if __name__ == "__main__":
    main()
