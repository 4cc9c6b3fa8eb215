// The sherpa-onnx C API's types (structs, callbacks). LedeSpeech loads the library itself at run time
// (dlopen), so only the header is needed to build: scripts/setup.sh pip-installs it into deps/.
#if __has_include("../../deps/python/sherpa_onnx/include/sherpa-onnx/c-api/c-api.h")
#include "../../deps/python/sherpa_onnx/include/sherpa-onnx/c-api/c-api.h"
#elif __has_include(<sherpa-onnx/c-api/c-api.h>)
#include <sherpa-onnx/c-api/c-api.h>
#else
#error "sherpa-onnx is not installed: run scripts/setup.sh (it installs it into deps/)"
#endif
