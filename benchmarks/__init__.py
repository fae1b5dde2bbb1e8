"""`make bench`: each module measures dataports against a ceiling run in the same process on the same emulator."""
