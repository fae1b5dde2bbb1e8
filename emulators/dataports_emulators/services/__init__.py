"""One module per emulated service; each defines ``EMULATOR``, a subclass of ``EmulatorService``."""
