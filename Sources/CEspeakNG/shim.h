// eSpeak NG, from Debian's libespeak-ng-dev (installed by scripts/setup.sh).
#include <espeak-ng/speak_lib.h>
