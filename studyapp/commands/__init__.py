"""The ``studyapp`` subcommands, one module each.

Each module defines ``NAME``, ``add_parser(subparsers)`` and
``run(args, ctx) -> int``; :mod:`studyapp.cli` lists them explicitly.
"""
