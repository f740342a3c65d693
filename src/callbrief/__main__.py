from callbrief.cli import main

raise SystemExit(main())
