#!/usr/bin/env python
"""Same as the installed `trellis` command, for those who expect manage.py."""

from trellis.__main__ import main

if __name__ == "__main__":
    main()
