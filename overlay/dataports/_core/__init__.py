"""Machinery shared by every service overlay: transport, errors, pagination, bulk, waiting, files, DataFrames."""
