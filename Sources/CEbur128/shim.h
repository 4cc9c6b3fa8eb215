// libebur128, the EBU R128 loudness and true-peak meter, from Debian's libebur128-dev (installed by
// scripts/setup.sh).
#include <ebur128.h>
