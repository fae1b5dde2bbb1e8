"""`make bench`: each module measures dataports against a ceiling run in the same process on the same emulator.

A benchmark module declares the emulated ``SERVICES`` it needs and a ``run(emulator, settings) -> list[Row]``;
adding one means writing the module and listing it in ``benchmarks.run.BENCHMARKS``.
"""
