"""The data folder: where it is, its settings, its files read (loader and its fast paths)
into a Dataset, and readings written into it, crash-safe (fsio, store)."""
