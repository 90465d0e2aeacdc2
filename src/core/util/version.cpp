#include "util/version.h"

namespace ikit {

const char* version() { return IKIT_VERSION; }

const char* product_name() { return "Interview Kit Builder"; }

}  // namespace ikit
