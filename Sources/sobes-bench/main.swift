// Benchmarks, run in release by `make bench`.
print("no benchmarks yet")
