import sys

from brandvoice.cli import main

sys.exit(main())
