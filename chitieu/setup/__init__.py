"""Setting a resolution up on the web: its groups, targets and plan values on one page, or from a workbook.

It sits above results and evaluation: it writes plan values through the write door and shows the engine's
verdict beside each target."""
