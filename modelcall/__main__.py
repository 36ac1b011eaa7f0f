from modelcall.cli import main

raise SystemExit(main())
