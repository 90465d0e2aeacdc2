#include "io/os_error.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"

#include <cerrno>
#include <cstring>

namespace ikit {

std::string os_error_reason(int err) {
    switch (err) {
        case ENOSPC: return tr("the disk is full");
#ifdef EDQUOT
        case EDQUOT: return tr("the disk quota is exceeded");
#endif
        case EACCES:
        case EPERM: return tr("permission denied");
        case EROFS: return tr("the file system is read-only");
        case ENOENT: return tr("the folder does not exist");
        case EISDIR: return tr("it is a folder");
        default: return std::strerror(err);
    }
}

}  // namespace ikit
