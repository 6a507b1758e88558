"""`python -m cchc_extract` runs the `cchc` command."""

from .cli import main

main()
