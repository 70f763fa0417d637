"""`python -m desktop_app` behaves exactly like the `agora` command."""

import sys

from desktop_app.cli.main import main

sys.exit(main())
