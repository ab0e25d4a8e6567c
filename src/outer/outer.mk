# The outer sandbox (src/outer/): linked into libhalite. The system-call
# name table is generated from the kernel headers.
$(BUILD)/gen/hl_syscall_names.c: src/outer/gen_syscall_names.sh | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	sh $< "$(CC)" >$@.tmp && mv $@.tmp $@
$(BUILD)/obj/gen/hl_syscall_names.o: $(BUILD)/gen/hl_syscall_names.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@
