"""Performance benchmarks for Trellis pages; see bench/README.md."""
