"""`make bench`: each module measures dataports against a ceiling run in the same process on the same emulator.

A benchmark module declares the emulated ``SERVICES`` it needs and a ``run(emulator, settings) -> list[Row]``;
``benchmarks.run`` discovers every such module, so adding one means writing the module only.
"""
