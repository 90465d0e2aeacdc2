#include "standard_output.h"

#include "i18n/tr.h"
#include "io/os_error.h"

#include <cerrno>
#include <fcntl.h>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ikit::cli {

namespace {

constexpr std::size_t kBufferBytes = 64 * 1024;

}  // namespace

bool reserve_standard_descriptors() {
#ifdef _WIN32
    _setmode(1, _O_BINARY);  // -o - writes PDFs: no line-end translation
    return false;
#else
    bool stdout_closed = false;
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        const int opened = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (opened >= 0 && opened != fd) {
            ::dup2(opened, fd);
            ::close(opened);
        }
        stdout_closed |= fd == 1;
    }
    return stdout_closed;
#endif
}

DescriptorOutputBuffer::DescriptorOutputBuffer(int fd, bool closed) : fd_(fd), closed_(closed), buffer_(kBufferBytes) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
}

void DescriptorOutputBuffer::write_buffered() {
    const char* data = pbase();
    std::size_t left = static_cast<std::size_t>(pptr() - pbase());
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    if (left > 0 && closed_ && error_ == 0) error_ = EBADF;
    while (left > 0 && error_ == 0) {
#ifdef _WIN32
        const auto written = ::_write(fd_, data, static_cast<unsigned>(left));
#else
        const auto written = ::write(fd_, data, left);
#endif
        if (written < 0) {
            if (errno != EINTR) error_ = errno;
            continue;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
}

DescriptorOutputBuffer::int_type DescriptorOutputBuffer::overflow(int_type c) {
    write_buffered();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int DescriptorOutputBuffer::sync() {
    write_buffered();
    return 0;
}

bool DescriptorOutputBuffer::finish() {
    write_buffered();
    return error_ == 0;
}

std::string DescriptorOutputBuffer::failure() const {
    if (error_ == 0) return "";
    if (error_ == EBADF) return tr("standard output is closed");
    return os_error_reason(error_);
}

}  // namespace ikit::cli
