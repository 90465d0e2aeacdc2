#include "io/os_error.h"

#include <cerrno>
#include <cstring>

namespace ikit {

std::string os_error_reason(int err) {
    switch (err) {
        case ENOSPC: return "the disk is full";
#ifdef EDQUOT
        case EDQUOT: return "the disk quota is exceeded";
#endif
        case EACCES:
        case EPERM: return "permission denied";
        case EROFS: return "the file system is read-only";
        case ENOENT: return "the folder does not exist";
        case EISDIR: return "it is a folder";
        default: return std::strerror(err);
    }
}

}  // namespace ikit
