"""Low-level clients generated from specs/ by `make generate`. Do not edit by hand."""
