# Benchmarks: `make bench` runs them all; none is run by `make test`.
.PHONY: bench bench-validator
$(BUILD)/bench/bench_validator: bench/validator/bench_validator.c $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $^ -o $@
bench-validator: $(BUILD)/bench/bench_validator
	$(BUILD)/bench/bench_validator 64 9
bench: bench-validator
