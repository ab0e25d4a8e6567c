/* Offsets into struct halite_instance (embed.h) that the fast path of
 * halite_call (call.S) uses; embed.c checks each one against offsetof(),
 * so the two cannot drift. */
#ifndef HALITE_EMBED_LAYOUT_H
#define HALITE_EMBED_LAYOUT_H

#define I_T 0
#define I_BASE 8
#define I_CODE_LO 16
#define I_CODE_BUNDLES 24
#define I_CALL_SLOT 32
#define I_RET_BUNDLE 40
#define I_BIAS 48
#define I_BIAS_INSIDE 52
#define I_SLOW 56 /* and owner: one 8-byte word for call.S */
#define I_OWNER 60

/* struct halite_value (include/halite.h): 16 bytes, the type first, the
 * payload at 8. */
#define V_SIZE 16
#define V_PAYLOAD 8
#define V_DOUBLE 1 /* HALITE_DOUBLE */

#define CALL_MAX_INTS 6	   /* integer arguments in registers */
#define CALL_MAX_DOUBLES 8 /* double arguments in registers */

#endif
