/* Zydis helpers shared by the differential and fuzz tests. */
#ifndef HALITE_TEST_ZYDIS_GPR_H
#define HALITE_TEST_ZYDIS_GPR_H

#include <Zydis/Zydis.h>

/* GPR number 0..15 of a general register of any width, -1 otherwise. */
static inline int gpr_num(ZydisRegister r)
{
	switch (ZydisRegisterGetClass(r)) {
	case ZYDIS_REGCLASS_GPR8:
	case ZYDIS_REGCLASS_GPR16:
	case ZYDIS_REGCLASS_GPR32:
	case ZYDIS_REGCLASS_GPR64:
		break;
	default:
		return -1;
	}
	int id = ZydisRegisterGetId(ZydisRegisterGetLargestEnclosing(ZYDIS_MACHINE_MODE_LONG_64, r));
	return id >= 0 && id < 16 ? id : -1;
}

#endif
