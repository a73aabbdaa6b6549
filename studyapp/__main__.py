import sys

from studyapp.cli import main

sys.exit(main())
